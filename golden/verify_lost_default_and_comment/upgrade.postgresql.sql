SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000d001, create setting

-- versions/aaaa0000d001_setting.mig:5
CREATE TABLE setting (
    name VARCHAR(40) NOT NULL,
    value TEXT DEFAULT 'on',
    PRIMARY KEY (name)
);

COMMENT ON COLUMN setting.value IS 'raw value';

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000d001');

-- Running upgrade aaaa0000d001 -> aaaa0000d002, change the default; the downgrade forgets it

-- versions/aaaa0000d002_change.mig:6
ALTER TABLE setting ALTER COLUMN value SET DEFAULT 'off';

UPDATE alembic_version SET version_num='aaaa0000d002' WHERE alembic_version.version_num = 'aaaa0000d001';

-- Running upgrade aaaa0000d002 -> aaaa0000d003, drop the comment; the downgrade does not put it back

-- versions/aaaa0000d003_comment.mig:6
COMMENT ON COLUMN setting.value IS NULL;

UPDATE alembic_version SET version_num='aaaa0000d003' WHERE alembic_version.version_num = 'aaaa0000d002';

COMMIT;


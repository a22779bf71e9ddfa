PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade aaaa0000d003 -> aaaa0000d002, drop the comment; the downgrade does not put it back

UPDATE alembic_version SET version_num='aaaa0000d002' WHERE alembic_version.version_num = 'aaaa0000d003';

-- Running downgrade aaaa0000d002 -> aaaa0000d001, change the default; the downgrade forgets it

-- versions/aaaa0000d002_change.mig:10
CREATE TABLE _retort_tmp_setting (
    name VARCHAR(40) NOT NULL,
    value TEXT,
    PRIMARY KEY (name)
);

INSERT INTO _retort_tmp_setting (name, value) SELECT name, value FROM setting;

DROP TABLE setting;

ALTER TABLE _retort_tmp_setting RENAME TO setting;

PRAGMA foreign_key_check(setting);

UPDATE alembic_version SET version_num='aaaa0000d001' WHERE alembic_version.version_num = 'aaaa0000d002';

-- Running downgrade aaaa0000d001 -> <base>, create setting

-- versions/aaaa0000d001_setting.mig:9
DROP TABLE setting;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000d001';

COMMIT;

PRAGMA foreign_keys = ON;


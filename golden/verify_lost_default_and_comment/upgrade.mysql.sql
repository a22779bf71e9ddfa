-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000d001, create setting

-- versions/aaaa0000d001_setting.mig:5
CREATE TABLE setting (
    name VARCHAR(40) NOT NULL,
    value TEXT DEFAULT ('on') COMMENT 'raw value',
    PRIMARY KEY (name)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000d001');

-- Running upgrade aaaa0000d001 -> aaaa0000d002, change the default; the downgrade forgets it

-- versions/aaaa0000d002_change.mig:6
ALTER TABLE setting MODIFY value TEXT NULL DEFAULT ('off') COMMENT 'raw value';

UPDATE alembic_version SET version_num='aaaa0000d002' WHERE alembic_version.version_num = 'aaaa0000d001';

-- Running upgrade aaaa0000d002 -> aaaa0000d003, drop the comment; the downgrade does not put it back

-- versions/aaaa0000d003_comment.mig:6
ALTER TABLE setting MODIFY value TEXT NULL DEFAULT ('off');

UPDATE alembic_version SET version_num='aaaa0000d003' WHERE alembic_version.version_num = 'aaaa0000d002';


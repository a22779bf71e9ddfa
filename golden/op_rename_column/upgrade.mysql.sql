-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a7c0000a0001, create person

-- versions/a7c0000a0001_create_person.mig:7
CREATE TABLE person (
    id INTEGER NOT NULL,
    full_name TEXT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('a7c0000a0001');

-- Running upgrade a7c0000a0001 -> a7c0000a0002, rename full_name to name

-- versions/a7c0000a0002_rename_full_name_to_name.mig:8
ALTER TABLE person RENAME COLUMN full_name TO name;

UPDATE alembic_version SET version_num='a7c0000a0002' WHERE alembic_version.version_num = 'a7c0000a0001';


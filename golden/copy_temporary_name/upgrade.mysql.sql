-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c7a0000a0001, a table named like the copy

-- versions/c7a0000a0001_names.mig:9
CREATE TABLE x (
    id INTEGER NOT NULL,
    v VARCHAR(10),
    PRIMARY KEY (id)
);

-- versions/c7a0000a0001_names.mig:10
CREATE TABLE _retort_tmp_x (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/c7a0000a0001_names.mig:11
ALTER TABLE x MODIFY v VARCHAR(20) NULL;

INSERT INTO alembic_version (version_num) VALUES ('c7a0000a0001');


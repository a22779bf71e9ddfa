-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000a001, codes were text

-- versions/aaaa0000a001_code.mig:5
CREATE TABLE product (
    id INTEGER NOT NULL,
    code TEXT,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000a001');

-- Running upgrade aaaa0000a001 -> aaaa0000a002, codes become numbers, but nobody said how

-- versions/aaaa0000a002_code_integer.mig:6
ALTER TABLE product MODIFY code INTEGER NULL;

UPDATE alembic_version SET version_num='aaaa0000a002' WHERE alembic_version.version_num = 'aaaa0000a001';


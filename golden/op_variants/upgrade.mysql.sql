-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d9f0000a0001, one table for every database

-- versions/d9f0000a0001_one_table_for_every_database.mig:10
CREATE TABLE account (
    id VARCHAR(36) NOT NULL,
    made_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    settings JSON,
    tags JSON,
    balance NUMERIC(12, 2) DEFAULT 0.00 NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d9f0000a0001_one_table_for_every_database.mig:18
ALTER TABLE account ADD COLUMN code VARCHAR(20) DEFAULT 'none';

-- versions/d9f0000a0001_one_table_for_every_database.mig:19
ALTER TABLE account MODIFY balance NUMERIC(14, 2) NOT NULL DEFAULT 1;

INSERT INTO alembic_version (version_num) VALUES ('d9f0000a0001');


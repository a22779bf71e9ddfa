PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d9f0000a0001, one table for every database

-- versions/d9f0000a0001_one_table_for_every_database.mig:10
CREATE TABLE account (
    id VARCHAR(36) NOT NULL,
    made_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    settings TEXT,
    tags TEXT,
    balance NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d9f0000a0001_one_table_for_every_database.mig:18
ALTER TABLE account ADD COLUMN code TEXT DEFAULT 'none';

-- versions/d9f0000a0001_one_table_for_every_database.mig:19
CREATE TABLE _retort_tmp_account (
    id VARCHAR(36) NOT NULL,
    made_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    settings TEXT,
    tags TEXT,
    balance NUMERIC DEFAULT 2 NOT NULL,
    code TEXT DEFAULT 'none',
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, made_at, settings, tags, balance, code) SELECT id, made_at, settings, tags, balance, code FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

INSERT INTO alembic_version (version_num) VALUES ('d9f0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;


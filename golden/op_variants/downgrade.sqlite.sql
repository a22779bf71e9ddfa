PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade d9f0000a0001 -> <base>, one table for every database

-- versions/d9f0000a0001_one_table_for_every_database.mig:24
CREATE TABLE _retort_tmp_account (
    id VARCHAR(36) NOT NULL,
    made_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    settings TEXT,
    tags TEXT,
    balance NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    code TEXT DEFAULT 'none',
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, made_at, settings, tags, balance, code) SELECT id, made_at, settings, tags, balance, code FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/d9f0000a0001_one_table_for_every_database.mig:26
ALTER TABLE account DROP COLUMN code;

-- versions/d9f0000a0001_one_table_for_every_database.mig:27
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd9f0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


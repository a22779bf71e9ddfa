-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f6b0000a0001, create account

-- versions/f6b0000a0001_create_account.mig:7
CREATE TABLE account (
    id INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    code VARCHAR(10),
    score INTEGER DEFAULT 0,
    note TEXT,
    legacy TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('f6b0000a0001');

-- Running upgrade f6b0000a0001 -> f6b0000a0002, alter columns

-- versions/f6b0000a0002_alter_columns.mig:8
ALTER TABLE account MODIFY name TEXT NOT NULL;

-- versions/f6b0000a0002_alter_columns.mig:13
ALTER TABLE account MODIFY code INTEGER NULL;

-- versions/f6b0000a0002_alter_columns.mig:15
ALTER TABLE account MODIFY code INTEGER NOT NULL;

-- versions/f6b0000a0002_alter_columns.mig:16
ALTER TABLE account MODIFY note TEXT NULL;

-- versions/f6b0000a0002_alter_columns.mig:17
ALTER TABLE account MODIFY name TEXT NOT NULL DEFAULT ('anon');

-- versions/f6b0000a0002_alter_columns.mig:18
ALTER TABLE account MODIFY score INTEGER NULL;

-- versions/f6b0000a0002_alter_columns.mig:19
ALTER TABLE account MODIFY note TEXT NULL COMMENT 'free-form note';

-- versions/f6b0000a0002_alter_columns.mig:20
ALTER TABLE account MODIFY legacy TEXT NULL;

-- versions/f6b0000a0002_alter_columns.mig:21
ALTER TABLE account RENAME COLUMN legacy TO old_stuff;

-- versions/f6b0000a0002_alter_columns.mig:31
ALTER TABLE account CHANGE amount balance NUMERIC(12, 2) NULL DEFAULT 0.00 COMMENT 'in euros';

UPDATE alembic_version SET version_num='f6b0000a0002' WHERE alembic_version.version_num = 'f6b0000a0001';


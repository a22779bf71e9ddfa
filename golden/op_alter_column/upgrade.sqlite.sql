PRAGMA foreign_keys = OFF;

BEGIN;

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
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    code VARCHAR(10),
    score INTEGER DEFAULT 0,
    note TEXT,
    legacy TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, code, score, note, legacy, amount) SELECT id, name, code, score, note, legacy, amount FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/f6b0000a0002_alter_columns.mig:13
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    code INTEGER,
    score INTEGER DEFAULT 0,
    note TEXT,
    legacy TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, code, score, note, legacy, amount) SELECT id, name, code, score, note, legacy, amount FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/f6b0000a0002_alter_columns.mig:15
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    code INTEGER NOT NULL,
    score INTEGER DEFAULT 0,
    note TEXT,
    legacy TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, code, score, note, legacy, amount) SELECT id, name, code, score, note, legacy, amount FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/f6b0000a0002_alter_columns.mig:16
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    code INTEGER NOT NULL,
    score INTEGER DEFAULT 0,
    note TEXT,
    legacy TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, code, score, note, legacy, amount) SELECT id, name, code, score, note, legacy, amount FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/f6b0000a0002_alter_columns.mig:17
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name TEXT DEFAULT 'anon' NOT NULL,
    code INTEGER NOT NULL,
    score INTEGER DEFAULT 0,
    note TEXT,
    legacy TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, code, score, note, legacy, amount) SELECT id, name, code, score, note, legacy, amount FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/f6b0000a0002_alter_columns.mig:18
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name TEXT DEFAULT 'anon' NOT NULL,
    code INTEGER NOT NULL,
    score INTEGER,
    note TEXT,
    legacy TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, code, score, note, legacy, amount) SELECT id, name, code, score, note, legacy, amount FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/f6b0000a0002_alter_columns.mig:19
-- sqlite keeps no comments: column account.note: free-form note

-- versions/f6b0000a0002_alter_columns.mig:20
-- sqlite keeps no comments: column account.legacy has no comment now

-- versions/f6b0000a0002_alter_columns.mig:21
ALTER TABLE account RENAME legacy TO old_stuff;

-- versions/f6b0000a0002_alter_columns.mig:31
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name TEXT DEFAULT 'anon' NOT NULL,
    code INTEGER NOT NULL,
    score INTEGER,
    note TEXT,
    old_stuff TEXT,
    balance NUMERIC(12, 2) DEFAULT 0.00,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, code, score, note, old_stuff, balance) SELECT id, name, code, score, note, old_stuff, amount FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- sqlite keeps no comments: column account.balance: in euros

UPDATE alembic_version SET version_num='f6b0000a0002' WHERE alembic_version.version_num = 'f6b0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


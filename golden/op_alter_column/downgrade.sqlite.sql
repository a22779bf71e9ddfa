PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade f6b0000a0002 -> f6b0000a0001, alter columns

-- versions/f6b0000a0002_alter_columns.mig:41
ALTER TABLE account RENAME balance TO amount;

-- versions/f6b0000a0002_alter_columns.mig:51
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name TEXT DEFAULT 'anon' NOT NULL,
    code INTEGER NOT NULL,
    score INTEGER,
    note TEXT,
    old_stuff TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, code, score, note, old_stuff, amount) SELECT id, name, code, score, note, old_stuff, amount FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- sqlite keeps no comments: column account.amount has no comment now

-- versions/f6b0000a0002_alter_columns.mig:57
ALTER TABLE account RENAME old_stuff TO legacy;

-- versions/f6b0000a0002_alter_columns.mig:58
-- sqlite keeps no comments: column account.note has no comment now

-- versions/f6b0000a0002_alter_columns.mig:59
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

-- versions/f6b0000a0002_alter_columns.mig:60
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

-- versions/f6b0000a0002_alter_columns.mig:61
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

-- versions/f6b0000a0002_alter_columns.mig:66
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

-- versions/f6b0000a0002_alter_columns.mig:68
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
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

UPDATE alembic_version SET version_num='f6b0000a0001' WHERE alembic_version.version_num = 'f6b0000a0002';

-- Running downgrade f6b0000a0001 -> <base>, create account

-- versions/f6b0000a0001_create_account.mig:19
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f6b0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


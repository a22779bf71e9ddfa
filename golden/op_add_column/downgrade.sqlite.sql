PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade d4f0000a0002 -> d4f0000a0001, add columns

-- versions/d4f0000a0002_add_columns.mig:32
ALTER TABLE account DROP COLUMN verified;

-- versions/d4f0000a0002_add_columns.mig:33
ALTER TABLE account DROP COLUMN score;

-- versions/d4f0000a0002_add_columns.mig:34
CREATE TABLE _retort_tmp_account (
    name TEXT,
    id INTEGER NOT NULL,
    last_login DATETIME,
    login_count INTEGER DEFAULT 0 NOT NULL,
    email VARCHAR(255),
    org_id INTEGER,
    org2_id INTEGER,
    flags JSON DEFAULT '{}' NOT NULL,
    code CHAR(3) DEFAULT 'A''B' NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (email),
    FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE SET NULL,
    FOREIGN KEY (org2_id) REFERENCES org (id) ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED
);

INSERT INTO _retort_tmp_account (name, id, last_login, login_count, email, org_id, org2_id, flags, code) SELECT name, id, last_login, login_count, email, org_id, org2_id, flags, code FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/d4f0000a0002_add_columns.mig:35
ALTER TABLE account DROP COLUMN code;

-- versions/d4f0000a0002_add_columns.mig:36
ALTER TABLE account DROP COLUMN flags;

-- versions/d4f0000a0002_add_columns.mig:37
CREATE TABLE _retort_tmp_account (
    name TEXT,
    id INTEGER NOT NULL,
    last_login DATETIME,
    login_count INTEGER DEFAULT 0 NOT NULL,
    email VARCHAR(255),
    org_id INTEGER,
    PRIMARY KEY (id),
    UNIQUE (email),
    FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE SET NULL
);

INSERT INTO _retort_tmp_account (name, id, last_login, login_count, email, org_id) SELECT name, id, last_login, login_count, email, org_id FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/d4f0000a0002_add_columns.mig:38
CREATE TABLE _retort_tmp_account (
    name TEXT,
    id INTEGER NOT NULL,
    last_login DATETIME,
    login_count INTEGER DEFAULT 0 NOT NULL,
    email VARCHAR(255),
    PRIMARY KEY (id),
    UNIQUE (email)
);

INSERT INTO _retort_tmp_account (name, id, last_login, login_count, email) SELECT name, id, last_login, login_count, email FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/d4f0000a0002_add_columns.mig:39
CREATE TABLE _retort_tmp_account (
    name TEXT,
    id INTEGER NOT NULL,
    last_login DATETIME,
    login_count INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (name, id, last_login, login_count) SELECT name, id, last_login, login_count FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- versions/d4f0000a0002_add_columns.mig:40
ALTER TABLE account DROP COLUMN login_count;

-- versions/d4f0000a0002_add_columns.mig:41
ALTER TABLE account DROP COLUMN last_login;

-- versions/d4f0000a0002_add_columns.mig:42
CREATE TABLE _retort_tmp_account (
    name TEXT
);

INSERT INTO _retort_tmp_account (name) SELECT name FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

UPDATE alembic_version SET version_num='d4f0000a0001' WHERE alembic_version.version_num = 'd4f0000a0002';

-- Running downgrade d4f0000a0001 -> <base>, create tables

-- versions/d4f0000a0001_create_tables.mig:16
DROP TABLE account;

-- versions/d4f0000a0001_create_tables.mig:17
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd4f0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


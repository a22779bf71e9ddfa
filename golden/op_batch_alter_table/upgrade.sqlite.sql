PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e5b0000a0001, create account

-- versions/e5b0000a0001_create_account.mig:7
CREATE TABLE org (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/e5b0000a0001_create_account.mig:10
CREATE TABLE account (
    id INTEGER NOT NULL,
    org_id INTEGER,
    name VARCHAR(50) NOT NULL,
    email VARCHAR(255),
    legacy TEXT,
    old INTEGER,
    CONSTRAINT pk_account_id PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('e5b0000a0001');

-- Running upgrade e5b0000a0001 -> e5b0000a0002, batch account

-- versions/e5b0000a0002_batch_account.mig:8
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    org_id INTEGER,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) DEFAULT '' NOT NULL,
    previous INTEGER,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_account_id PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_name CHECK (length(name) > 0)
);

INSERT INTO _retort_tmp_account (id, org_id, name, email, previous) SELECT id, org_id, name, email, old FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (name);

PRAGMA foreign_key_check(account);

-- sqlite keeps no comments: column account.email: login

UPDATE alembic_version SET version_num='e5b0000a0002' WHERE alembic_version.version_num = 'e5b0000a0001';

-- Running upgrade e5b0000a0002 -> e5b0000a0003, batch primary key

-- versions/e5b0000a0003_batch_primary_key.mig:8
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    org_id INTEGER,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) DEFAULT '' NOT NULL,
    previous INTEGER,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    code VARCHAR(10) DEFAULT 'x' NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_name CHECK (length(name) > 0),
    CONSTRAINT pk_account PRIMARY KEY (id, code)
);

INSERT INTO _retort_tmp_account (id, org_id, name, email, previous, created_at) SELECT id, org_id, name, email, previous, created_at FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (name);

PRAGMA foreign_key_check(account);

UPDATE alembic_version SET version_num='e5b0000a0003' WHERE alembic_version.version_num = 'e5b0000a0002';

-- Running upgrade e5b0000a0003 -> e5b0000a0004, batch foreign key and column

-- versions/e5b0000a0004_batch_foreign_key_and_column.mig:9
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) DEFAULT '' NOT NULL,
    previous INTEGER,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    code VARCHAR(10) DEFAULT 'x' NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_name CHECK (length(name) > 0),
    CONSTRAINT pk_account PRIMARY KEY (id, code)
);

INSERT INTO _retort_tmp_account (id, name, email, previous, created_at, code) SELECT id, name, email, previous, created_at, code FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (name);

PRAGMA foreign_key_check(account);

UPDATE alembic_version SET version_num='e5b0000a0004' WHERE alembic_version.version_num = 'e5b0000a0003';

COMMIT;

PRAGMA foreign_keys = ON;


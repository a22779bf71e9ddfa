PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade e5b0000a0004 -> e5b0000a0003, batch foreign key and column

-- versions/e5b0000a0004_batch_foreign_key_and_column.mig:16
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) DEFAULT '' NOT NULL,
    previous INTEGER,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    code VARCHAR(10) DEFAULT 'x' NOT NULL,
    org_id INTEGER,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_name CHECK (length(name) > 0),
    CONSTRAINT pk_account PRIMARY KEY (id, code),
    CONSTRAINT fk_account_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE
);

INSERT INTO _retort_tmp_account (id, name, email, previous, created_at, code) SELECT id, name, email, previous, created_at, code FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (name);

PRAGMA foreign_key_check(account);

UPDATE alembic_version SET version_num='e5b0000a0003' WHERE alembic_version.version_num = 'e5b0000a0004';

-- Running downgrade e5b0000a0003 -> e5b0000a0002, batch primary key

-- versions/e5b0000a0003_batch_primary_key.mig:16
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) DEFAULT '' NOT NULL,
    previous INTEGER,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    org_id INTEGER,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_name CHECK (length(name) > 0),
    CONSTRAINT fk_account_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE,
    CONSTRAINT pk_account_id PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, email, previous, created_at, org_id) SELECT id, name, email, previous, created_at, org_id FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (name);

PRAGMA foreign_key_check(account);

UPDATE alembic_version SET version_num='e5b0000a0002' WHERE alembic_version.version_num = 'e5b0000a0003';

-- Running downgrade e5b0000a0002 -> e5b0000a0001, batch account

-- versions/e5b0000a0002_batch_account.mig:22
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    email VARCHAR(255),
    old INTEGER,
    org_id INTEGER,
    legacy TEXT,
    CONSTRAINT pk_account_id PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, name, email, old, org_id) SELECT id, name, email, previous, org_id FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

PRAGMA foreign_key_check(account);

-- sqlite keeps no comments: column account.email has no comment now

UPDATE alembic_version SET version_num='e5b0000a0001' WHERE alembic_version.version_num = 'e5b0000a0002';

-- Running downgrade e5b0000a0001 -> <base>, create account

-- versions/e5b0000a0001_create_account.mig:22
DROP TABLE account;

-- versions/e5b0000a0001_create_account.mig:23
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e5b0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


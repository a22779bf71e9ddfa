PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade e5b0000a0003 -> e5b0000a0002, batch primary key

-- versions/e5b0000a0003_batch_primary_key.mig:16
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    org_id INTEGER,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) DEFAULT '' NOT NULL,
    previous INTEGER,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_name CHECK (length(name) > 0),
    CONSTRAINT pk_account_id PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, org_id, name, email, previous, created_at) SELECT id, org_id, name, email, previous, created_at FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (name);

PRAGMA foreign_key_check(account);

UPDATE alembic_version SET version_num='e5b0000a0002' WHERE alembic_version.version_num = 'e5b0000a0003';

-- Running downgrade e5b0000a0002 -> e5b0000a0001, batch account

-- versions/e5b0000a0002_batch_account.mig:22
CREATE TABLE _retort_tmp_account (
    id INTEGER NOT NULL,
    org_id INTEGER,
    name VARCHAR(50) NOT NULL,
    email VARCHAR(255),
    old INTEGER,
    legacy TEXT,
    CONSTRAINT pk_account_id PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_account (id, org_id, name, email, old) SELECT id, org_id, name, email, previous FROM account;

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


SET client_encoding = 'UTF8';

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

-- versions/e5b0000a0002_batch_account.mig:9
ALTER TABLE account DROP COLUMN legacy;

-- versions/e5b0000a0002_batch_account.mig:10
ALTER TABLE account ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

-- versions/e5b0000a0002_batch_account.mig:11
ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(100);

-- versions/e5b0000a0002_batch_account.mig:12
ALTER TABLE account ALTER COLUMN email SET NOT NULL;

ALTER TABLE account ALTER COLUMN email SET DEFAULT '';

COMMENT ON COLUMN account.email IS 'login';

-- versions/e5b0000a0002_batch_account.mig:13
ALTER TABLE account RENAME old TO previous;

-- versions/e5b0000a0002_batch_account.mig:14
ALTER TABLE account ADD CONSTRAINT uq_account_email UNIQUE (email);

-- versions/e5b0000a0002_batch_account.mig:15
CREATE INDEX ix_account_name ON account (name);

-- versions/e5b0000a0002_batch_account.mig:16
ALTER TABLE account ADD CONSTRAINT fk_account_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE;

-- versions/e5b0000a0002_batch_account.mig:17
ALTER TABLE account ADD CONSTRAINT ck_account_name CHECK (length(name) > 0);

UPDATE alembic_version SET version_num='e5b0000a0002' WHERE alembic_version.version_num = 'e5b0000a0001';

-- Running upgrade e5b0000a0002 -> e5b0000a0003, batch primary key

-- versions/e5b0000a0003_batch_primary_key.mig:9
ALTER TABLE account DROP CONSTRAINT pk_account_id;

-- versions/e5b0000a0003_batch_primary_key.mig:10
ALTER TABLE account ADD COLUMN code VARCHAR(10) DEFAULT 'x' NOT NULL;

-- versions/e5b0000a0003_batch_primary_key.mig:11
ALTER TABLE account ADD CONSTRAINT pk_account PRIMARY KEY (id, code);

UPDATE alembic_version SET version_num='e5b0000a0003' WHERE alembic_version.version_num = 'e5b0000a0002';

-- Running upgrade e5b0000a0003 -> e5b0000a0004, batch foreign key and column

-- versions/e5b0000a0004_batch_foreign_key_and_column.mig:10
ALTER TABLE account DROP CONSTRAINT fk_account_org;

-- versions/e5b0000a0004_batch_foreign_key_and_column.mig:11
ALTER TABLE account DROP COLUMN org_id;

UPDATE alembic_version SET version_num='e5b0000a0004' WHERE alembic_version.version_num = 'e5b0000a0003';

COMMIT;


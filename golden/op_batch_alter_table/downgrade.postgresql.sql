SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade e5b0000a0004 -> e5b0000a0003, batch foreign key and column

-- versions/e5b0000a0004_batch_foreign_key_and_column.mig:17
ALTER TABLE account ADD COLUMN org_id INTEGER;

-- versions/e5b0000a0004_batch_foreign_key_and_column.mig:18
ALTER TABLE account ADD CONSTRAINT fk_account_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE;

UPDATE alembic_version SET version_num='e5b0000a0003' WHERE alembic_version.version_num = 'e5b0000a0004';

-- Running downgrade e5b0000a0003 -> e5b0000a0002, batch primary key

-- versions/e5b0000a0003_batch_primary_key.mig:17
ALTER TABLE account DROP CONSTRAINT pk_account;

-- versions/e5b0000a0003_batch_primary_key.mig:18
ALTER TABLE account DROP COLUMN code;

-- versions/e5b0000a0003_batch_primary_key.mig:19
ALTER TABLE account ADD CONSTRAINT pk_account_id PRIMARY KEY (id);

UPDATE alembic_version SET version_num='e5b0000a0002' WHERE alembic_version.version_num = 'e5b0000a0003';

-- Running downgrade e5b0000a0002 -> e5b0000a0001, batch account

-- versions/e5b0000a0002_batch_account.mig:23
ALTER TABLE account DROP CONSTRAINT ck_account_name;

-- versions/e5b0000a0002_batch_account.mig:24
ALTER TABLE account DROP CONSTRAINT fk_account_org;

-- versions/e5b0000a0002_batch_account.mig:25
DROP INDEX ix_account_name;

-- versions/e5b0000a0002_batch_account.mig:26
ALTER TABLE account DROP CONSTRAINT uq_account_email;

-- versions/e5b0000a0002_batch_account.mig:27
ALTER TABLE account RENAME previous TO old;

-- versions/e5b0000a0002_batch_account.mig:28
ALTER TABLE account ALTER COLUMN email DROP NOT NULL;

ALTER TABLE account ALTER COLUMN email DROP DEFAULT;

COMMENT ON COLUMN account.email IS NULL;

-- versions/e5b0000a0002_batch_account.mig:29
ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(50);

-- versions/e5b0000a0002_batch_account.mig:30
ALTER TABLE account DROP COLUMN created_at;

-- versions/e5b0000a0002_batch_account.mig:31
ALTER TABLE account ADD COLUMN legacy TEXT;

UPDATE alembic_version SET version_num='e5b0000a0001' WHERE alembic_version.version_num = 'e5b0000a0002';

-- Running downgrade e5b0000a0001 -> <base>, create account

-- versions/e5b0000a0001_create_account.mig:22
DROP TABLE account;

-- versions/e5b0000a0001_create_account.mig:23
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e5b0000a0001';

COMMIT;


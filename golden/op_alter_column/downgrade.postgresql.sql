SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade f6b0000a0002 -> f6b0000a0001, alter columns

-- versions/f6b0000a0002_alter_columns.mig:41
ALTER TABLE account RENAME balance TO amount;

-- versions/f6b0000a0002_alter_columns.mig:44
ALTER TABLE account ALTER COLUMN amount TYPE INTEGER USING round(amount)::integer;

ALTER TABLE account ALTER COLUMN amount SET NOT NULL;

ALTER TABLE account ALTER COLUMN amount SET DEFAULT 0;

COMMENT ON COLUMN account.amount IS NULL;

-- versions/f6b0000a0002_alter_columns.mig:57
ALTER TABLE account RENAME old_stuff TO legacy;

-- versions/f6b0000a0002_alter_columns.mig:58
COMMENT ON COLUMN account.note IS NULL;

-- versions/f6b0000a0002_alter_columns.mig:59
ALTER TABLE account ALTER COLUMN score SET DEFAULT 0;

-- versions/f6b0000a0002_alter_columns.mig:60
ALTER TABLE account ALTER COLUMN name DROP DEFAULT;

-- versions/f6b0000a0002_alter_columns.mig:61
ALTER TABLE account ALTER COLUMN code DROP NOT NULL;

-- versions/f6b0000a0002_alter_columns.mig:63
ALTER TABLE account ALTER COLUMN code TYPE VARCHAR(10) USING code::varchar(10);

-- versions/f6b0000a0002_alter_columns.mig:68
ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(50);

UPDATE alembic_version SET version_num='f6b0000a0001' WHERE alembic_version.version_num = 'f6b0000a0002';

-- Running downgrade f6b0000a0001 -> <base>, create account

-- versions/f6b0000a0001_create_account.mig:19
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f6b0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d9f0000a0001 -> <base>, one table for every database

-- versions/d9f0000a0001_one_table_for_every_database.mig:24
ALTER TABLE account ALTER COLUMN balance TYPE NUMERIC(12, 2);

ALTER TABLE account ALTER COLUMN balance SET DEFAULT 0;

-- versions/d9f0000a0001_one_table_for_every_database.mig:26
ALTER TABLE account DROP COLUMN code;

-- versions/d9f0000a0001_one_table_for_every_database.mig:27
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd9f0000a0001';

COMMIT;


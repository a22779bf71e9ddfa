SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d4f0000a0002 -> d4f0000a0001, add columns

-- versions/d4f0000a0002_add_columns.mig:32
ALTER TABLE account DROP COLUMN verified;

-- versions/d4f0000a0002_add_columns.mig:33
ALTER TABLE account DROP COLUMN score;

-- versions/d4f0000a0002_add_columns.mig:34
ALTER TABLE account DROP COLUMN state;

-- versions/d4f0000a0002_add_columns.mig:35
ALTER TABLE account DROP COLUMN code;

-- versions/d4f0000a0002_add_columns.mig:36
ALTER TABLE account DROP COLUMN flags;

-- versions/d4f0000a0002_add_columns.mig:37
ALTER TABLE account DROP COLUMN org2_id;

-- versions/d4f0000a0002_add_columns.mig:38
ALTER TABLE account DROP COLUMN org_id;

-- versions/d4f0000a0002_add_columns.mig:39
ALTER TABLE account DROP COLUMN email;

-- versions/d4f0000a0002_add_columns.mig:40
ALTER TABLE account DROP COLUMN login_count;

-- versions/d4f0000a0002_add_columns.mig:41
ALTER TABLE account DROP COLUMN last_login;

-- versions/d4f0000a0002_add_columns.mig:42
ALTER TABLE account DROP COLUMN id;

UPDATE alembic_version SET version_num='d4f0000a0001' WHERE alembic_version.version_num = 'd4f0000a0002';

-- Running downgrade d4f0000a0001 -> <base>, create tables

-- versions/d4f0000a0001_create_tables.mig:16
DROP TABLE account;

-- versions/d4f0000a0001_create_tables.mig:17
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd4f0000a0001';

COMMIT;


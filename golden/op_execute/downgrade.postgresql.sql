SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c3f0000a0001 -> <base>, execute sql

-- versions/c3f0000a0001_execute_sql.mig:24
DROP FUNCTION kv_count();

-- versions/c3f0000a0001_execute_sql.mig:25
DROP TABLE kv;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c3f0000a0001';

COMMIT;


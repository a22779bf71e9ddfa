PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade c3f0000a0001 -> <base>, execute sql

-- versions/c3f0000a0001_execute_sql.mig:23
DELETE FROM kv WHERE k GLOB 'd*';

-- versions/c3f0000a0001_execute_sql.mig:25
DROP TABLE kv;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c3f0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


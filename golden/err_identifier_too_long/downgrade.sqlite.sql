PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade a1a1a1a1a1a1 -> <base>, PostgreSQL names are at most 63 bytes

-- versions/a1a1a1a1a1a1_bad.mig:10
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1a1a1a1a1a1';

COMMIT;

PRAGMA foreign_keys = ON;


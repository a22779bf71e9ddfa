PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade a1d0000a0001 -> <base>, create sequences

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1d0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade aaaa0000e101 -> <base>, enum names PostgreSQL keeps for itself

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000e101';

COMMIT;

PRAGMA foreign_keys = ON;


PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade 7a1b2c3d4e5f -> <base>, seed data per environment

-- versions/7a1b2c3d4e5f_seed.mig:23
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '7a1b2c3d4e5f';

COMMIT;

PRAGMA foreign_keys = ON;


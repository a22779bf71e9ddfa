-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade 7a1b2c3d4e5f -> <base>, seed data per environment

-- versions/7a1b2c3d4e5f_seed.mig:23
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '7a1b2c3d4e5f';


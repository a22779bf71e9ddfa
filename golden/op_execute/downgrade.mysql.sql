-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade c3f0000a0001 -> <base>, execute sql

-- versions/c3f0000a0001_execute_sql.mig:25
DROP TABLE kv;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c3f0000a0001';


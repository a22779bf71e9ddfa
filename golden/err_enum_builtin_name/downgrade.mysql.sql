-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade aaaa0000e101 -> <base>, enum names PostgreSQL keeps for itself

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000e101';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade a1d0000a0001 -> <base>, create sequences

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1d0000a0001';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade aaaa0000e001 -> <base>, the classic Alembic mistake: the enum outlives its downgrade

-- versions/aaaa0000e001_mood.mig:10
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000e001';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade d9f0000a0001 -> <base>, one table for every database

-- versions/d9f0000a0001_one_table_for_every_database.mig:24
ALTER TABLE account MODIFY balance NUMERIC(12, 2) NOT NULL DEFAULT 0.00;

-- versions/d9f0000a0001_one_table_for_every_database.mig:26
ALTER TABLE account DROP COLUMN code;

-- versions/d9f0000a0001_one_table_for_every_database.mig:27
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd9f0000a0001';


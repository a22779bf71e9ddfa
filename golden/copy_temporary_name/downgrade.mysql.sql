-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade c7a0000a0001 -> <base>, a table named like the copy

-- versions/c7a0000a0001_names.mig:15
ALTER TABLE x MODIFY v VARCHAR(10) NULL;

-- versions/c7a0000a0001_names.mig:16
DROP TABLE _retort_tmp_x;

-- versions/c7a0000a0001_names.mig:17
DROP TABLE x;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c7a0000a0001';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade e2a0000a0002 -> e2a0000a0001, add primary keys

-- versions/e2a0000a0002_add_primary_keys.mig:18
ALTER TABLE single DROP PRIMARY KEY;

-- versions/e2a0000a0002_add_primary_keys.mig:19
ALTER TABLE thing DROP PRIMARY KEY;

UPDATE alembic_version SET version_num='e2a0000a0001' WHERE alembic_version.version_num = 'e2a0000a0002';

-- Running downgrade e2a0000a0001 -> <base>, create tables

-- versions/e2a0000a0001_create_tables.mig:18
DROP TABLE single;

-- versions/e2a0000a0001_create_tables.mig:19
DROP TABLE thing;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e2a0000a0001';


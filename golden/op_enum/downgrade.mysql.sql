-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade f9b0000a0002 -> f9b0000a0001, status enum

-- versions/f9b0000a0002_status_enum.mig:19
ALTER TABLE person DROP COLUMN previous_status;

-- versions/f9b0000a0002_status_enum.mig:24
ALTER TABLE person MODIFY status TEXT NULL;

UPDATE alembic_version SET version_num='f9b0000a0001' WHERE alembic_version.version_num = 'f9b0000a0002';

-- Running downgrade f9b0000a0001 -> <base>, create mood

-- versions/f9b0000a0001_create_mood.mig:18
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f9b0000a0001';


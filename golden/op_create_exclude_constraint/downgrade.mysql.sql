-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade c6e0000a0002 -> c6e0000a0001, add exclusions

UPDATE alembic_version SET version_num='c6e0000a0001' WHERE alembic_version.version_num = 'c6e0000a0002';

-- Running downgrade c6e0000a0001 -> <base>, create booking

-- versions/c6e0000a0001_create_booking.mig:27
DROP TABLE booking;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c6e0000a0001';


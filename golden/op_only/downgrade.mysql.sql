-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade d4a0000a0001 -> <base>, create booking

-- versions/d4a0000a0001_create_booking.mig:37
DROP INDEX ix_booking_room_mysql ON booking;

-- versions/d4a0000a0001_create_booking.mig:40
ALTER TABLE booking DROP CONSTRAINT ck_room;

-- versions/d4a0000a0001_create_booking.mig:46
DROP TABLE booking;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd4a0000a0001';


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d4a0000a0001 -> <base>, create booking

-- versions/d4a0000a0001_create_booking.mig:34
COMMENT ON TABLE booking IS NULL;

-- versions/d4a0000a0001_create_booking.mig:43
DROP INDEX ix_booking_room;

-- versions/d4a0000a0001_create_booking.mig:44
ALTER TABLE booking DROP CONSTRAINT ex_booking_during;

-- versions/d4a0000a0001_create_booking.mig:46
DROP TABLE booking;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd4a0000a0001';

COMMIT;


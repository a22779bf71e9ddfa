SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c6e0000a0002 -> c6e0000a0001, add exclusions

-- versions/c6e0000a0002_add_exclusions.mig:22
ALTER TABLE booking DROP CONSTRAINT ex_booking_day;

-- versions/c6e0000a0002_add_exclusions.mig:23
ALTER TABLE booking DROP CONSTRAINT ex_booking_room;

-- versions/c6e0000a0002_add_exclusions.mig:24
ALTER TABLE booking DROP CONSTRAINT ex_booking_during;

UPDATE alembic_version SET version_num='c6e0000a0001' WHERE alembic_version.version_num = 'c6e0000a0002';

-- Running downgrade c6e0000a0001 -> <base>, create booking

-- versions/c6e0000a0001_create_booking.mig:27
DROP TABLE booking;

-- versions/c6e0000a0001_create_booking.mig:28
DROP EXTENSION IF EXISTS btree_gist;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c6e0000a0001';

COMMIT;


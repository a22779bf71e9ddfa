PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade c6e0000a0002 -> c6e0000a0001, add exclusions

UPDATE alembic_version SET version_num='c6e0000a0001' WHERE alembic_version.version_num = 'c6e0000a0002';

-- Running downgrade c6e0000a0001 -> <base>, create booking

-- versions/c6e0000a0001_create_booking.mig:27
DROP TABLE booking;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c6e0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


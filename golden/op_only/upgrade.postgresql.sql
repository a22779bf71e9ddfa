SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d4a0000a0001, create booking

-- versions/d4a0000a0001_create_booking.mig:8
CREATE TABLE booking (
    id INTEGER NOT NULL,
    room INTEGER NOT NULL,
    during VARCHAR(60) NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d4a0000a0001_create_booking.mig:14
ALTER TABLE booking ALTER COLUMN during TYPE tsrange USING during::tsrange;

-- versions/d4a0000a0001_create_booking.mig:17
ALTER TABLE booking ADD CONSTRAINT ex_booking_during EXCLUDE USING gist (during WITH &&);

-- versions/d4a0000a0001_create_booking.mig:18
CREATE INDEX ix_booking_room ON booking (room) WHERE room > 0;

-- versions/d4a0000a0001_create_booking.mig:28
COMMENT ON TABLE booking IS 'rooms booked';

INSERT INTO alembic_version (version_num) VALUES ('d4a0000a0001');

COMMIT;


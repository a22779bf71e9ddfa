SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c6e0000a0001, create booking

-- versions/c6e0000a0001_create_booking.mig:7
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- versions/c6e0000a0001_create_booking.mig:9
CREATE TABLE booking (
    id INTEGER NOT NULL,
    room INTEGER NOT NULL,
    during tsrange NOT NULL,
    cancelled BOOLEAN DEFAULT false NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c6e0000a0001');

-- Running upgrade c6e0000a0001 -> c6e0000a0002, add exclusions

-- versions/c6e0000a0002_add_exclusions.mig:11
ALTER TABLE booking ADD CONSTRAINT ex_booking_during EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled);

-- versions/c6e0000a0002_add_exclusions.mig:13
ALTER TABLE booking ADD CONSTRAINT ex_booking_room EXCLUDE USING gist (room WITH =, during WITH &&);

-- versions/c6e0000a0002_add_exclusions.mig:14
ALTER TABLE booking ADD CONSTRAINT ex_booking_day EXCLUDE USING gist (room WITH =, tsrange(lower(during), lower(during) + interval '1 day') WITH &&) WHERE (NOT cancelled AND room > 0);

UPDATE alembic_version SET version_num='c6e0000a0002' WHERE alembic_version.version_num = 'c6e0000a0001';

COMMIT;


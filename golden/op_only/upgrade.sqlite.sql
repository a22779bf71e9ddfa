PRAGMA foreign_keys = OFF;

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

-- versions/d4a0000a0001_create_booking.mig:21
CREATE TABLE _retort_tmp_booking (
    id INTEGER NOT NULL,
    room INTEGER NOT NULL,
    during VARCHAR(60) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_room CHECK (room > 0)
);

INSERT INTO _retort_tmp_booking (id, room, during) SELECT id, room, during FROM booking;

DROP TABLE booking;

ALTER TABLE _retort_tmp_booking RENAME TO booking;

PRAGMA foreign_key_check(booking);

-- versions/d4a0000a0001_create_booking.mig:22
DELETE FROM booking WHERE room < 0;

-- versions/d4a0000a0001_create_booking.mig:28
-- sqlite keeps no comments: table booking: rooms booked

INSERT INTO alembic_version (version_num) VALUES ('d4a0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;


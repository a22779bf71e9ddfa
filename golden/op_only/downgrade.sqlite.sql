PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade d4a0000a0001 -> <base>, create booking

-- versions/d4a0000a0001_create_booking.mig:34
-- sqlite keeps no comments: table booking has no comment now

-- versions/d4a0000a0001_create_booking.mig:40
CREATE TABLE _retort_tmp_booking (
    id INTEGER NOT NULL,
    room INTEGER NOT NULL,
    during VARCHAR(60) NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_booking (id, room, during) SELECT id, room, during FROM booking;

DROP TABLE booking;

ALTER TABLE _retort_tmp_booking RENAME TO booking;

PRAGMA foreign_key_check(booking);

-- versions/d4a0000a0001_create_booking.mig:46
DROP TABLE booking;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd4a0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


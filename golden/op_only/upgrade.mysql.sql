-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

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
ALTER TABLE booking ADD CONSTRAINT ck_room CHECK (room > 0);

-- versions/d4a0000a0001_create_booking.mig:22
DELETE FROM booking WHERE room < 0;

-- versions/d4a0000a0001_create_booking.mig:25
CREATE INDEX ix_booking_room_mysql ON booking (room);

INSERT INTO alembic_version (version_num) VALUES ('d4a0000a0001');


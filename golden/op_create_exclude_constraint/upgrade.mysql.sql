-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c6e0000a0001, create booking

-- versions/c6e0000a0001_create_booking.mig:17
CREATE TABLE booking (
    id INTEGER NOT NULL,
    room INTEGER NOT NULL,
    during VARCHAR(60) NOT NULL,
    cancelled BOOL DEFAULT false NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c6e0000a0001');

-- Running upgrade c6e0000a0001 -> c6e0000a0002, add exclusions

UPDATE alembic_version SET version_num='c6e0000a0002' WHERE alembic_version.version_num = 'c6e0000a0001';


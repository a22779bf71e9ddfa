SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c8e0000a0001, enums without checks

-- versions/c8e0000a0001_enums_without_checks.mig:8
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- versions/c8e0000a0001_enums_without_checks.mig:9
CREATE TABLE person (
    id INTEGER NOT NULL,
    size VARCHAR(1) DEFAULT 'm' NOT NULL,
    mood mood,
    shirt VARCHAR(1),
    PRIMARY KEY (id),
    CHECK (shirt IN ('s', 'm', 'l'))
);

-- versions/c8e0000a0001_enums_without_checks.mig:15
ALTER TABLE person ADD COLUMN shoe VARCHAR(6);

-- versions/c8e0000a0001_enums_without_checks.mig:16
ALTER TABLE person ALTER COLUMN size TYPE VARCHAR(2);

-- versions/c8e0000a0001_enums_without_checks.mig:17
UPDATE person SET shoe = 'broad' WHERE shoe = 'wide';

-- versions/c8e0000a0001_enums_without_checks.mig:18
ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad';

-- versions/c8e0000a0001_enums_without_checks.mig:19
ALTER TABLE person RENAME size TO fit;

INSERT INTO alembic_version (version_num) VALUES ('c8e0000a0001');

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f9b0000a0001, create mood

-- versions/f9b0000a0001_create_mood.mig:8
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'it''s complicated');

-- versions/f9b0000a0001_create_mood.mig:9
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood mood DEFAULT 'ok' NOT NULL,
    old_mood mood,
    status TEXT,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('f9b0000a0001');

-- Running upgrade f9b0000a0001 -> f9b0000a0002, status enum

-- versions/f9b0000a0002_status_enum.mig:8
CREATE TYPE person_status AS ENUM ('active', 'away');

-- versions/f9b0000a0002_status_enum.mig:10
ALTER TABLE person ALTER COLUMN status TYPE person_status USING status::person_status;

-- versions/f9b0000a0002_status_enum.mig:15
ALTER TABLE person ADD COLUMN previous_status person_status DEFAULT 'away';

UPDATE alembic_version SET version_num='f9b0000a0002' WHERE alembic_version.version_num = 'f9b0000a0001';

COMMIT;


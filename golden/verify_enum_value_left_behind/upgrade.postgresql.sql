SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000e101, an enum and a column of its own kind

-- versions/aaaa0000e101_mood.mig:5
CREATE TYPE mood AS ENUM ('sad', 'ok');

-- versions/aaaa0000e101_mood.mig:6
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood mood,
    size VARCHAR(1),
    PRIMARY KEY (id),
    CHECK (size IN ('s', 'm'))
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000e101');

-- Running upgrade aaaa0000e101 -> aaaa0000e102, values added, and a downgrade that forgets one of each

-- versions/aaaa0000e102_values.mig:6
ALTER TYPE mood ADD VALUE 'happy';

-- versions/aaaa0000e102_values.mig:7
ALTER TYPE mood ADD VALUE 'glad';

-- versions/aaaa0000e102_values.mig:8
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('s', 'm', 'l'));

-- versions/aaaa0000e102_values.mig:9
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ALTER COLUMN size TYPE VARCHAR(2);

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('s', 'm', 'l', 'xl'));

UPDATE alembic_version SET version_num='aaaa0000e102' WHERE alembic_version.version_num = 'aaaa0000e101';

-- Running upgrade aaaa0000e102 -> aaaa0000e103, a value of the inline enum alone, forgotten

-- versions/aaaa0000e103_more.mig:6
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ALTER COLUMN size TYPE VARCHAR(3);

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('s', 'm', 'l', 'xl', 'xxl'));

UPDATE alembic_version SET version_num='aaaa0000e103' WHERE alembic_version.version_num = 'aaaa0000e102';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e1a0000a0001, enums

-- versions/e1a0000a0001_enums.mig:11
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- versions/e1a0000a0001_enums.mig:12
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood mood DEFAULT 'ok' NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    PRIMARY KEY (id),
    CHECK (size IN ('s', 'm')),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

-- versions/e1a0000a0001_enums.mig:18
CREATE INDEX ix_person_mood ON person (mood);

-- versions/e1a0000a0001_enums.mig:20
CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

-- versions/e1a0000a0001_enums.mig:22
CREATE TABLE visit (
    id INTEGER NOT NULL,
    mood mood DEFAULT 'happy',
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('e1a0000a0001');

-- Running upgrade e1a0000a0001 -> e1a0000a0002, add values

-- versions/e1a0000a0002_add.mig:11
ALTER TYPE mood ADD VALUE 'elated';

-- versions/e1a0000a0002_add.mig:12
ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';

-- versions/e1a0000a0002_add.mig:13
ALTER TYPE mood ADD VALUE 'glum' AFTER 'sad';

-- versions/e1a0000a0002_add.mig:14
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ALTER COLUMN size TYPE VARCHAR(2);

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('s', 'm', 'xl'));

-- versions/e1a0000a0002_add.mig:15
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('xs', 's', 'm', 'xl'));

UPDATE alembic_version SET version_num='e1a0000a0002' WHERE alembic_version.version_num = 'e1a0000a0001';

-- Running upgrade e1a0000a0002 -> e1a0000a0003, rename values

-- versions/e1a0000a0003_rename.mig:11
ALTER TYPE mood RENAME VALUE 'happy' TO 'glad';

-- versions/e1a0000a0003_rename.mig:12
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ALTER COLUMN size TYPE VARCHAR(5);

UPDATE person SET size = 'small' WHERE size = 's';

ALTER TABLE person ALTER COLUMN size SET DEFAULT 'small';

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('xs', 'small', 'm', 'xl'));

UPDATE alembic_version SET version_num='e1a0000a0003' WHERE alembic_version.version_num = 'e1a0000a0002';

COMMIT;

-- Running upgrade e1a0000a0003 -> e1a0000a0004, add a value and use it

-- versions/e1a0000a0004_use.mig:11
ALTER TYPE mood ADD VALUE 'calm';

-- versions/e1a0000a0004_use.mig:12
ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'calm';

UPDATE alembic_version SET version_num='e1a0000a0004' WHERE alembic_version.version_num = 'e1a0000a0003';


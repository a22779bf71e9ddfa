-- Running downgrade e1a0000a0004 -> e1a0000a0003, add a value and use it

-- versions/e1a0000a0004_use.mig:16
PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(5) DEFAULT 'small',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'glad', 'elated', 'calm')),
    CHECK (size IN ('xs', 'small', 'm', 'xl')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

COMMIT;

PRAGMA foreign_keys = ON;

-- versions/e1a0000a0004_use.mig:17
PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(5) DEFAULT 'small',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'glad', 'elated')),
    CHECK (size IN ('xs', 'small', 'm', 'xl')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

COMMIT;

PRAGMA foreign_keys = ON;

PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_visit (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'glad',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'glad', 'elated')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_visit (id, mood) SELECT id, mood FROM visit;

DROP TABLE visit;

ALTER TABLE _retort_tmp_visit RENAME TO visit;

PRAGMA foreign_key_check(visit);

COMMIT;

PRAGMA foreign_keys = ON;

UPDATE alembic_version SET version_num='e1a0000a0003' WHERE alembic_version.version_num = 'e1a0000a0004';

PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade e1a0000a0003 -> e1a0000a0002, rename values

-- versions/e1a0000a0003_rename.mig:16
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(2) DEFAULT 's',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'glad', 'elated')),
    CHECK (size IN ('xs', 's', 'm', 'xl')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, CASE size WHEN 'small' THEN 's' ELSE size END FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

-- versions/e1a0000a0003_rename.mig:17
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(2) DEFAULT 's',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'happy', 'elated')),
    CHECK (size IN ('xs', 's', 'm', 'xl')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, CASE mood WHEN 'glad' THEN 'happy' ELSE mood END, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

CREATE TABLE _retort_tmp_visit (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'happy',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'happy', 'elated')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_visit (id, mood) SELECT id, CASE mood WHEN 'glad' THEN 'happy' ELSE mood END FROM visit;

DROP TABLE visit;

ALTER TABLE _retort_tmp_visit RENAME TO visit;

PRAGMA foreign_key_check(visit);

UPDATE alembic_version SET version_num='e1a0000a0002' WHERE alembic_version.version_num = 'e1a0000a0003';

-- Running downgrade e1a0000a0002 -> e1a0000a0001, add values

-- versions/e1a0000a0002_add.mig:19
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(2) DEFAULT 's',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'happy', 'elated')),
    CHECK (size IN ('s', 'm', 'xl')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

-- versions/e1a0000a0002_add.mig:20
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'happy', 'elated')),
    CHECK (size IN ('s', 'm')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

-- versions/e1a0000a0002_add.mig:21
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    CHECK (mood IN ('sad', 'meh', 'ok', 'happy', 'elated')),
    CHECK (size IN ('s', 'm')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

CREATE TABLE _retort_tmp_visit (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'happy',
    CHECK (mood IN ('sad', 'meh', 'ok', 'happy', 'elated')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_visit (id, mood) SELECT id, mood FROM visit;

DROP TABLE visit;

ALTER TABLE _retort_tmp_visit RENAME TO visit;

PRAGMA foreign_key_check(visit);

-- versions/e1a0000a0002_add.mig:22
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    CHECK (mood IN ('sad', 'ok', 'happy', 'elated')),
    CHECK (size IN ('s', 'm')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

CREATE TABLE _retort_tmp_visit (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'happy',
    CHECK (mood IN ('sad', 'ok', 'happy', 'elated')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_visit (id, mood) SELECT id, mood FROM visit;

DROP TABLE visit;

ALTER TABLE _retort_tmp_visit RENAME TO visit;

PRAGMA foreign_key_check(visit);

-- versions/e1a0000a0002_add.mig:23
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(5) DEFAULT 'ok' NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    CHECK (mood IN ('sad', 'ok', 'happy')),
    CHECK (size IN ('s', 'm')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

CREATE TABLE _retort_tmp_visit (
    id INTEGER NOT NULL,
    mood VARCHAR(5) DEFAULT 'happy',
    CHECK (mood IN ('sad', 'ok', 'happy')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_visit (id, mood) SELECT id, mood FROM visit;

DROP TABLE visit;

ALTER TABLE _retort_tmp_visit RENAME TO visit;

PRAGMA foreign_key_check(visit);

UPDATE alembic_version SET version_num='e1a0000a0001' WHERE alembic_version.version_num = 'e1a0000a0002';

-- Running downgrade e1a0000a0001 -> <base>, enums

-- versions/e1a0000a0001_enums.mig:29
DROP TABLE visit;

-- versions/e1a0000a0001_enums.mig:30
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e1a0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e1a0000a0001, enums

-- versions/e1a0000a0001_enums.mig:12
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood VARCHAR(5) DEFAULT 'ok' NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    PRIMARY KEY (id),
    CHECK (mood IN ('sad', 'ok', 'happy')),
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
    mood VARCHAR(5) DEFAULT 'happy',
    PRIMARY KEY (id),
    CHECK (mood IN ('sad', 'ok', 'happy'))
);

INSERT INTO alembic_version (version_num) VALUES ('e1a0000a0001');

-- Running upgrade e1a0000a0001 -> e1a0000a0002, add values

-- versions/e1a0000a0002_add.mig:11
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

-- versions/e1a0000a0002_add.mig:12
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

-- versions/e1a0000a0002_add.mig:13
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

CREATE TABLE _retort_tmp_visit (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'happy',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'happy', 'elated')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_visit (id, mood) SELECT id, mood FROM visit;

DROP TABLE visit;

ALTER TABLE _retort_tmp_visit RENAME TO visit;

PRAGMA foreign_key_check(visit);

-- versions/e1a0000a0002_add.mig:14
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

-- versions/e1a0000a0002_add.mig:15
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(2) DEFAULT 's',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'happy', 'elated')),
    CHECK (size IN ('xs', 's', 'm', 'xl')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

UPDATE alembic_version SET version_num='e1a0000a0002' WHERE alembic_version.version_num = 'e1a0000a0001';

-- Running upgrade e1a0000a0002 -> e1a0000a0003, rename values

-- versions/e1a0000a0003_rename.mig:11
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(2) DEFAULT 's',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'glad', 'elated')),
    CHECK (size IN ('xs', 's', 'm', 'xl')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, CASE mood WHEN 'happy' THEN 'glad' ELSE mood END, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

CREATE TABLE _retort_tmp_visit (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'glad',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'glad', 'elated')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_visit (id, mood) SELECT id, CASE mood WHEN 'happy' THEN 'glad' ELSE mood END FROM visit;

DROP TABLE visit;

ALTER TABLE _retort_tmp_visit RENAME TO visit;

PRAGMA foreign_key_check(visit);

-- versions/e1a0000a0003_rename.mig:12
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'ok' NOT NULL,
    size VARCHAR(5) DEFAULT 'small',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'glad', 'elated')),
    CHECK (size IN ('xs', 'small', 'm', 'xl')),
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, CASE size WHEN 's' THEN 'small' ELSE size END FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

PRAGMA foreign_key_check(person);

UPDATE alembic_version SET version_num='e1a0000a0003' WHERE alembic_version.version_num = 'e1a0000a0002';

COMMIT;

PRAGMA foreign_keys = ON;

-- Running upgrade e1a0000a0003 -> e1a0000a0004, add a value and use it

-- versions/e1a0000a0004_use.mig:11
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

PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_visit (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'glad',
    CHECK (mood IN ('sad', 'glum', 'meh', 'ok', 'glad', 'elated', 'calm')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_visit (id, mood) SELECT id, mood FROM visit;

DROP TABLE visit;

ALTER TABLE _retort_tmp_visit RENAME TO visit;

PRAGMA foreign_key_check(visit);

COMMIT;

PRAGMA foreign_keys = ON;

-- versions/e1a0000a0004_use.mig:12
PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(6) DEFAULT 'calm' NOT NULL,
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

UPDATE alembic_version SET version_num='e1a0000a0004' WHERE alembic_version.version_num = 'e1a0000a0003';


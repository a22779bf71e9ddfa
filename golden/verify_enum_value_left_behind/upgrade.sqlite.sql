PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000e101, an enum and a column of its own kind

-- versions/aaaa0000e101_mood.mig:6
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood VARCHAR(3),
    size VARCHAR(1),
    PRIMARY KEY (id),
    CHECK (mood IN ('sad', 'ok')),
    CHECK (size IN ('s', 'm'))
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000e101');

-- Running upgrade aaaa0000e101 -> aaaa0000e102, values added, and a downgrade that forgets one of each

-- versions/aaaa0000e102_values.mig:6
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(5),
    size VARCHAR(1),
    CHECK (mood IN ('sad', 'ok', 'happy')),
    CHECK (size IN ('s', 'm')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

-- versions/aaaa0000e102_values.mig:7
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(5),
    size VARCHAR(1),
    CHECK (mood IN ('sad', 'ok', 'happy', 'glad')),
    CHECK (size IN ('s', 'm')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

-- versions/aaaa0000e102_values.mig:8
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(5),
    size VARCHAR(1),
    CHECK (mood IN ('sad', 'ok', 'happy', 'glad')),
    CHECK (size IN ('s', 'm', 'l')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

-- versions/aaaa0000e102_values.mig:9
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(5),
    size VARCHAR(2),
    CHECK (mood IN ('sad', 'ok', 'happy', 'glad')),
    CHECK (size IN ('s', 'm', 'l', 'xl')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

UPDATE alembic_version SET version_num='aaaa0000e102' WHERE alembic_version.version_num = 'aaaa0000e101';

-- Running upgrade aaaa0000e102 -> aaaa0000e103, a value of the inline enum alone, forgotten

-- versions/aaaa0000e103_more.mig:6
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(5),
    size VARCHAR(3),
    CHECK (mood IN ('sad', 'ok', 'happy', 'glad')),
    CHECK (size IN ('s', 'm', 'l', 'xl', 'xxl')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

UPDATE alembic_version SET version_num='aaaa0000e103' WHERE alembic_version.version_num = 'aaaa0000e102';

COMMIT;

PRAGMA foreign_keys = ON;


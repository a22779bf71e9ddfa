PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade aaaa0000e103 -> aaaa0000e102, a value of the inline enum alone, forgotten

UPDATE alembic_version SET version_num='aaaa0000e102' WHERE alembic_version.version_num = 'aaaa0000e103';

-- Running downgrade aaaa0000e102 -> aaaa0000e101, values added, and a downgrade that forgets one of each

-- versions/aaaa0000e102_values.mig:13
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(5),
    size VARCHAR(3),
    CHECK (mood IN ('sad', 'ok', 'happy', 'glad')),
    CHECK (size IN ('s', 'm', 'l', 'xxl')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

-- versions/aaaa0000e102_values.mig:14
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(5),
    size VARCHAR(3),
    CHECK (mood IN ('sad', 'ok', 'happy')),
    CHECK (size IN ('s', 'm', 'l', 'xxl')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, size) SELECT id, mood, size FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

UPDATE alembic_version SET version_num='aaaa0000e101' WHERE alembic_version.version_num = 'aaaa0000e102';

-- Running downgrade aaaa0000e101 -> <base>, an enum and a column of its own kind

-- versions/aaaa0000e101_mood.mig:10
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000e101';

COMMIT;

PRAGMA foreign_keys = ON;


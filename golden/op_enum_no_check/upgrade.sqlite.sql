PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c8e0000a0001, enums without checks

-- versions/c8e0000a0001_enums_without_checks.mig:9
CREATE TABLE person (
    id INTEGER NOT NULL,
    size VARCHAR(1) DEFAULT 'm' NOT NULL,
    mood VARCHAR(5),
    shirt VARCHAR(1),
    PRIMARY KEY (id),
    CHECK (shirt IN ('s', 'm', 'l'))
);

-- versions/c8e0000a0001_enums_without_checks.mig:15
ALTER TABLE person ADD COLUMN shoe VARCHAR(6);

-- versions/c8e0000a0001_enums_without_checks.mig:16
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    size VARCHAR(2) DEFAULT 'm' NOT NULL,
    mood VARCHAR(5),
    shirt VARCHAR(1),
    shoe VARCHAR(6),
    CHECK (shirt IN ('s', 'm', 'l')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, size, mood, shirt, shoe) SELECT id, size, mood, shirt, shoe FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

-- versions/c8e0000a0001_enums_without_checks.mig:17
UPDATE person SET shoe = 'broad' WHERE shoe = 'wide';

-- versions/c8e0000a0001_enums_without_checks.mig:19
ALTER TABLE person RENAME size TO fit;

INSERT INTO alembic_version (version_num) VALUES ('c8e0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;


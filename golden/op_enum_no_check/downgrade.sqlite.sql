PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade c8e0000a0001 -> <base>, enums without checks

-- versions/c8e0000a0001_enums_without_checks.mig:23
ALTER TABLE person RENAME fit TO size;

-- versions/c8e0000a0001_enums_without_checks.mig:25
UPDATE person SET shoe = 'wide' WHERE shoe = 'broad';

-- versions/c8e0000a0001_enums_without_checks.mig:26
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    size VARCHAR(1) DEFAULT 'm' NOT NULL,
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

-- versions/c8e0000a0001_enums_without_checks.mig:27
ALTER TABLE person DROP COLUMN shoe;

-- versions/c8e0000a0001_enums_without_checks.mig:28
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c8e0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


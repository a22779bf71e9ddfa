PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade f9b0000a0002 -> f9b0000a0001, status enum

-- versions/f9b0000a0002_status_enum.mig:19
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(16) DEFAULT 'ok' NOT NULL,
    old_mood VARCHAR(16),
    status VARCHAR(6),
    CHECK (mood IN ('sad', 'ok', 'happy', 'it''s complicated')),
    CHECK (old_mood IN ('sad', 'ok', 'happy', 'it''s complicated')),
    CHECK (status IN ('active', 'away')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, old_mood, status) SELECT id, mood, old_mood, status FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

-- versions/f9b0000a0002_status_enum.mig:24
CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    mood VARCHAR(16) DEFAULT 'ok' NOT NULL,
    old_mood VARCHAR(16),
    status TEXT,
    CHECK (mood IN ('sad', 'ok', 'happy', 'it''s complicated')),
    CHECK (old_mood IN ('sad', 'ok', 'happy', 'it''s complicated')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_person (id, mood, old_mood, status) SELECT id, mood, old_mood, status FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

UPDATE alembic_version SET version_num='f9b0000a0001' WHERE alembic_version.version_num = 'f9b0000a0002';

-- Running downgrade f9b0000a0001 -> <base>, create mood

-- versions/f9b0000a0001_create_mood.mig:18
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f9b0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


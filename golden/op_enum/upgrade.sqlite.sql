PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f9b0000a0001, create mood

-- versions/f9b0000a0001_create_mood.mig:9
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood VARCHAR(16) DEFAULT 'ok' NOT NULL,
    old_mood VARCHAR(16),
    status TEXT,
    PRIMARY KEY (id),
    CHECK (mood IN ('sad', 'ok', 'happy', 'it''s complicated')),
    CHECK (old_mood IN ('sad', 'ok', 'happy', 'it''s complicated'))
);

INSERT INTO alembic_version (version_num) VALUES ('f9b0000a0001');

-- Running upgrade f9b0000a0001 -> f9b0000a0002, status enum

-- versions/f9b0000a0002_status_enum.mig:13
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

-- versions/f9b0000a0002_status_enum.mig:15
ALTER TABLE person ADD COLUMN previous_status VARCHAR(6) DEFAULT 'away' CHECK (previous_status IN ('active', 'away'));

UPDATE alembic_version SET version_num='f9b0000a0002' WHERE alembic_version.version_num = 'f9b0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


-- Running downgrade e5a0000a0002 -> e5a0000a0001, values change under the key

-- versions/e5a0000a0002_values.mig:13
PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_kind (
    m VARCHAR(5) NOT NULL,
    CHECK (m IN ('sad', 'meh', 'ok', 'happy')),
    PRIMARY KEY (m)
);

INSERT INTO _retort_tmp_kind (m) SELECT CASE m WHEN 'glad' THEN 'happy' ELSE m END FROM kind;

DROP TABLE kind;

ALTER TABLE _retort_tmp_kind RENAME TO kind;

PRAGMA foreign_key_check(kind);

COMMIT;

PRAGMA foreign_keys = ON;

PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    m VARCHAR(5),
    owner_id INTEGER,
    CHECK (m IN ('sad', 'meh', 'ok', 'happy')),
    PRIMARY KEY (id),
    FOREIGN KEY (m) REFERENCES kind (m),
    FOREIGN KEY (owner_id) REFERENCES owner (id)
);

INSERT INTO _retort_tmp_person (id, m, owner_id) SELECT id, CASE m WHEN 'glad' THEN 'happy' ELSE m END, owner_id FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

COMMIT;

PRAGMA foreign_keys = ON;

-- versions/e5a0000a0002_values.mig:14
PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_kind (
    m VARCHAR(5) NOT NULL,
    CHECK (m IN ('sad', 'ok', 'happy')),
    PRIMARY KEY (m)
);

INSERT INTO _retort_tmp_kind (m) SELECT m FROM kind;

DROP TABLE kind;

ALTER TABLE _retort_tmp_kind RENAME TO kind;

PRAGMA foreign_key_check(kind);

COMMIT;

PRAGMA foreign_keys = ON;

PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    m VARCHAR(5),
    owner_id INTEGER,
    CHECK (m IN ('sad', 'ok', 'happy')),
    PRIMARY KEY (id),
    FOREIGN KEY (m) REFERENCES kind (m),
    FOREIGN KEY (owner_id) REFERENCES owner (id)
);

INSERT INTO _retort_tmp_person (id, m, owner_id) SELECT id, m, owner_id FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

COMMIT;

PRAGMA foreign_keys = ON;

UPDATE alembic_version SET version_num='e5a0000a0001' WHERE alembic_version.version_num = 'e5a0000a0002';

PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade e5a0000a0001 -> <base>, kinds, and people of a kind

-- versions/e5a0000a0001_kinds.mig:35
DROP TABLE person;

-- versions/e5a0000a0001_kinds.mig:36
DROP TABLE owner;

-- versions/e5a0000a0001_kinds.mig:37
DROP TABLE kind;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e5a0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e5a0000a0001, kinds, and people of a kind

-- versions/e5a0000a0001_kinds.mig:13
CREATE TABLE kind (
    m VARCHAR(5) NOT NULL,
    PRIMARY KEY (m),
    CHECK (m IN ('sad', 'ok', 'happy'))
);

-- versions/e5a0000a0001_kinds.mig:16
CREATE TABLE owner (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/e5a0000a0001_kinds.mig:21
CREATE TABLE person (
    id INTEGER NOT NULL,
    m VARCHAR(5),
    owner_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (m) REFERENCES kind (m),
    CHECK (m IN ('sad', 'ok', 'happy')),
    FOREIGN KEY (owner_id) REFERENCES owner (id)
);

INSERT INTO alembic_version (version_num) VALUES ('e5a0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;

-- Running upgrade e5a0000a0001 -> e5a0000a0002, values change under the key

-- versions/e5a0000a0002_values.mig:8
PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_kind (
    m VARCHAR(5) NOT NULL,
    CHECK (m IN ('sad', 'meh', 'ok', 'happy')),
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
    CHECK (m IN ('sad', 'meh', 'ok', 'happy')),
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

-- versions/e5a0000a0002_values.mig:9
PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_kind (
    m VARCHAR(4) NOT NULL,
    CHECK (m IN ('sad', 'meh', 'ok', 'glad')),
    PRIMARY KEY (m)
);

INSERT INTO _retort_tmp_kind (m) SELECT CASE m WHEN 'happy' THEN 'glad' ELSE m END FROM kind;

DROP TABLE kind;

ALTER TABLE _retort_tmp_kind RENAME TO kind;

PRAGMA foreign_key_check(kind);

COMMIT;

PRAGMA foreign_keys = ON;

PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE _retort_tmp_person (
    id INTEGER NOT NULL,
    m VARCHAR(4),
    owner_id INTEGER,
    CHECK (m IN ('sad', 'meh', 'ok', 'glad')),
    PRIMARY KEY (id),
    FOREIGN KEY (m) REFERENCES kind (m),
    FOREIGN KEY (owner_id) REFERENCES owner (id)
);

INSERT INTO _retort_tmp_person (id, m, owner_id) SELECT id, CASE m WHEN 'happy' THEN 'glad' ELSE m END, owner_id FROM person;

DROP TABLE person;

ALTER TABLE _retort_tmp_person RENAME TO person;

PRAGMA foreign_key_check(person);

COMMIT;

PRAGMA foreign_keys = ON;

UPDATE alembic_version SET version_num='e5a0000a0002' WHERE alembic_version.version_num = 'e5a0000a0001';


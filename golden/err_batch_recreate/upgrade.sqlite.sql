PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e0e0e0e0e001, recreate what holds on

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:9
CREATE TABLE org (
    id INTEGER NOT NULL,
    name TEXT,
    PRIMARY KEY (id)
);

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:10
CREATE TABLE member (
    id INTEGER NOT NULL,
    org_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (org_id) REFERENCES org (id)
);

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:11
CREATE TABLE _retort_tmp_org (
    id INTEGER NOT NULL,
    name TEXT,
    code TEXT,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_org (id, name) SELECT id, name FROM org;

DROP TABLE org;

ALTER TABLE _retort_tmp_org RENAME TO org;

PRAGMA foreign_key_check(org);

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:14
CREATE TABLE note (
    id INTEGER NOT NULL,
    body TEXT,
    PRIMARY KEY (id)
);

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:15
CREATE VIEW note_bodies AS SELECT body FROM note;

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:16
DROP VIEW note_bodies;

CREATE TABLE _retort_tmp_note (
    id INTEGER NOT NULL,
    body TEXT,
    at DATETIME,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_note (id, body) SELECT id, body FROM note;

DROP TABLE note;

ALTER TABLE _retort_tmp_note RENAME TO note;

CREATE VIEW note_bodies AS SELECT body FROM note;

PRAGMA foreign_key_check(note);

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:19
CREATE TABLE counter (
    id INTEGER NOT NULL,
    n INTEGER,
    PRIMARY KEY (id)
);

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:20
CREATE TABLE _retort_tmp_counter (
    id INTEGER NOT NULL,
    n INTEGER,
    m INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_counter (id, n) SELECT id, n FROM counter;

DROP TABLE counter;

ALTER TABLE _retort_tmp_counter RENAME TO counter;

PRAGMA foreign_key_check(counter);

INSERT INTO alembic_version (version_num) VALUES ('e0e0e0e0e001');

COMMIT;

PRAGMA foreign_keys = ON;


PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e2a0000a0001, create tables

-- versions/e2a0000a0001_create_tables.mig:7
CREATE TABLE thing (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    c TEXT
);

-- versions/e2a0000a0001_create_tables.mig:12
CREATE TABLE single (
    id CHAR(32) NOT NULL
);

INSERT INTO alembic_version (version_num) VALUES ('e2a0000a0001');

-- Running upgrade e2a0000a0001 -> e2a0000a0002, add primary keys

-- versions/e2a0000a0002_add_primary_keys.mig:8
CREATE TABLE _retort_tmp_thing (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    c TEXT,
    CONSTRAINT pk_thing PRIMARY KEY (a, b)
);

INSERT INTO _retort_tmp_thing (a, b, c) SELECT a, b, c FROM thing;

DROP TABLE thing;

ALTER TABLE _retort_tmp_thing RENAME TO thing;

PRAGMA foreign_key_check(thing);

-- versions/e2a0000a0002_add_primary_keys.mig:13
CREATE TABLE _retort_tmp_single (
    id CHAR(32) NOT NULL,
    CONSTRAINT pk_single PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_single (id) SELECT id FROM single;

DROP TABLE single;

ALTER TABLE _retort_tmp_single RENAME TO single;

PRAGMA foreign_key_check(single);

UPDATE alembic_version SET version_num='e2a0000a0002' WHERE alembic_version.version_num = 'e2a0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


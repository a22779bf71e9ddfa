PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade e2a0000a0002 -> e2a0000a0001, add primary keys

-- versions/e2a0000a0002_add_primary_keys.mig:18
CREATE TABLE _retort_tmp_single (
    id CHAR(32) NOT NULL
);

INSERT INTO _retort_tmp_single (id) SELECT id FROM single;

DROP TABLE single;

ALTER TABLE _retort_tmp_single RENAME TO single;

PRAGMA foreign_key_check(single);

-- versions/e2a0000a0002_add_primary_keys.mig:19
CREATE TABLE _retort_tmp_thing (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    c TEXT
);

INSERT INTO _retort_tmp_thing (a, b, c) SELECT a, b, c FROM thing;

DROP TABLE thing;

ALTER TABLE _retort_tmp_thing RENAME TO thing;

PRAGMA foreign_key_check(thing);

UPDATE alembic_version SET version_num='e2a0000a0001' WHERE alembic_version.version_num = 'e2a0000a0002';

-- Running downgrade e2a0000a0001 -> <base>, create tables

-- versions/e2a0000a0001_create_tables.mig:18
DROP TABLE single;

-- versions/e2a0000a0001_create_tables.mig:19
DROP TABLE thing;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e2a0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


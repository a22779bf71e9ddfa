PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c7a0000a0001, a table named like the copy

-- versions/c7a0000a0001_names.mig:9
CREATE TABLE x (
    id INTEGER NOT NULL,
    v VARCHAR(10),
    PRIMARY KEY (id)
);

-- versions/c7a0000a0001_names.mig:10
CREATE TABLE _retort_tmp_x (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/c7a0000a0001_names.mig:11
CREATE TABLE _retort_tmp_x_2 (
    id INTEGER NOT NULL,
    v VARCHAR(20),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_x_2 (id, v) SELECT id, v FROM x;

DROP TABLE x;

ALTER TABLE _retort_tmp_x_2 RENAME TO x;

PRAGMA foreign_key_check(x);

INSERT INTO alembic_version (version_num) VALUES ('c7a0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;


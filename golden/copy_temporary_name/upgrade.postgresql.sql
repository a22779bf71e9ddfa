SET client_encoding = 'UTF8';

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
ALTER TABLE x ALTER COLUMN v TYPE VARCHAR(20);

INSERT INTO alembic_version (version_num) VALUES ('c7a0000a0001');

COMMIT;


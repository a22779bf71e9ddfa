SET client_encoding = 'UTF8';

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
    id UUID NOT NULL
);

INSERT INTO alembic_version (version_num) VALUES ('e2a0000a0001');

-- Running upgrade e2a0000a0001 -> e2a0000a0002, add primary keys

-- versions/e2a0000a0002_add_primary_keys.mig:8
ALTER TABLE thing ADD CONSTRAINT pk_thing PRIMARY KEY (a, b);

-- versions/e2a0000a0002_add_primary_keys.mig:10
ALTER TABLE single ADD CONSTRAINT pk_single PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED;

UPDATE alembic_version SET version_num='e2a0000a0002' WHERE alembic_version.version_num = 'e2a0000a0001';

COMMIT;


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

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
ALTER TABLE thing ADD CONSTRAINT pk_thing PRIMARY KEY (a, b);

-- versions/e2a0000a0002_add_primary_keys.mig:13
ALTER TABLE single ADD CONSTRAINT pk_single PRIMARY KEY (id);

UPDATE alembic_version SET version_num='e2a0000a0002' WHERE alembic_version.version_num = 'e2a0000a0001';


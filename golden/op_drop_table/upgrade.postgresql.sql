SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b2d0000a0001, create tables

-- versions/b2d0000a0001_create_tables.mig:7
CREATE TABLE parent (
    id INTEGER NOT NULL,
    name VARCHAR(40) NOT NULL,
    PRIMARY KEY (id)
);

-- versions/b2d0000a0001_create_tables.mig:11
CREATE TABLE child (
    id INTEGER NOT NULL,
    parent_id INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (parent_id) REFERENCES parent (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b2d0000a0001');

-- Running upgrade b2d0000a0001 -> b2d0000a0002, drop child

-- versions/b2d0000a0002_drop_child.mig:8
DROP TABLE child;

UPDATE alembic_version SET version_num='b2d0000a0002' WHERE alembic_version.version_num = 'b2d0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b7e0000a0001, views and a trigger

-- versions/b7e0000a0001_objects.mig:10
CREATE TABLE t (
    id INTEGER NOT NULL,
    email VARCHAR(50),
    name VARCHAR(50),
    PRIMARY KEY (id)
);

-- versions/b7e0000a0001_objects.mig:11
CREATE VIEW v AS SELECT id, upper(email) AS name, name AS nick FROM t;

-- versions/b7e0000a0001_objects.mig:12
CREATE VIEW w AS SELECT name FROM v;

-- versions/b7e0000a0001_objects.mig:13
CREATE TABLE account (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/b7e0000a0001_objects.mig:14
CREATE TABLE payment (
    id INTEGER NOT NULL,
    account INTEGER,
    PRIMARY KEY (id)
);

-- versions/b7e0000a0001_objects.mig:15
CREATE VIEW paid AS SELECT p.id, a.id AS account FROM payment p JOIN account a ON a.id = p.account;

-- versions/b7e0000a0001_objects.mig:20
CREATE VIEW qualified AS SELECT id FROM public.account;

-- versions/b7e0000a0001_objects.mig:21
CREATE VIEW shapes AS SELECT DISTINCT ON (name) (name), id FROM t;

-- versions/b7e0000a0001_objects.mig:22
CREATE VIEW casts AS SELECT id, name::text FROM t;

INSERT INTO alembic_version (version_num) VALUES ('b7e0000a0001');

-- Running upgrade b7e0000a0001 -> b7e0000a0002, renames

-- versions/b7e0000a0002_renames.mig:7
ALTER TABLE t RENAME name TO full_name;

-- versions/b7e0000a0002_renames.mig:8
ALTER TABLE account RENAME TO member;

UPDATE alembic_version SET version_num='b7e0000a0002' WHERE alembic_version.version_num = 'b7e0000a0001';

COMMIT;


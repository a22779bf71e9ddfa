SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a7c0000a0001, create person

-- versions/a7c0000a0001_create_person.mig:7
CREATE TABLE person (
    id INTEGER NOT NULL,
    full_name TEXT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('a7c0000a0001');

-- Running upgrade a7c0000a0001 -> a7c0000a0002, rename full_name to name

-- versions/a7c0000a0002_rename_full_name_to_name.mig:8
ALTER TABLE person RENAME full_name TO name;

UPDATE alembic_version SET version_num='a7c0000a0002' WHERE alembic_version.version_num = 'a7c0000a0001';

COMMIT;


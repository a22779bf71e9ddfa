SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c3e0000a0001, create person

-- versions/c3e0000a0001_create_person.mig:7
CREATE TABLE person (
    id SERIAL NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c3e0000a0001');

-- Running upgrade c3e0000a0001 -> c3e0000a0002, rename person to customer

-- versions/c3e0000a0002_rename_person_to_customer.mig:8
ALTER TABLE person RENAME TO customer;

UPDATE alembic_version SET version_num='c3e0000a0002' WHERE alembic_version.version_num = 'c3e0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000c001, person

-- versions/aaaa0000c001_person.mig:10
CREATE TABLE person (
    id INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000c001');

-- Running upgrade aaaa0000c001 -> aaaa0000c002, nickname

-- versions/aaaa0000c002_nickname.mig:7
ALTER TABLE person ADD COLUMN nickname VARCHAR(20);

UPDATE alembic_version SET version_num='aaaa0000c002' WHERE alembic_version.version_num = 'aaaa0000c001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000a001, codes were text

-- versions/aaaa0000a001_code.mig:5
CREATE TABLE product (
    id INTEGER NOT NULL,
    code TEXT,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000a001');

-- Running upgrade aaaa0000a001 -> aaaa0000a002, codes become numbers, but nobody said how

-- versions/aaaa0000a002_code_integer.mig:6
ALTER TABLE product ALTER COLUMN code TYPE INTEGER;

UPDATE alembic_version SET version_num='aaaa0000a002' WHERE alembic_version.version_num = 'aaaa0000a001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000a001, accounts, with a first row

-- versions/aaaa0000a001_account.mig:5
CREATE TABLE account (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (id)
);

-- versions/aaaa0000a001_account.mig:6
INSERT INTO account (id, name) VALUES (1, 'first');

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000a001');

-- Running upgrade aaaa0000a001 -> aaaa0000a002, a NOT NULL column with nothing to put in it

-- versions/aaaa0000a002_age.mig:6
ALTER TABLE account ADD COLUMN age INTEGER NOT NULL;

UPDATE alembic_version SET version_num='aaaa0000a002' WHERE alembic_version.version_num = 'aaaa0000a001';

COMMIT;


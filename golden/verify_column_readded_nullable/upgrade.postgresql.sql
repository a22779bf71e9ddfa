SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000c001, create account

-- versions/aaaa0000c001_account.mig:5
CREATE TABLE account (
    id INTEGER NOT NULL,
    email TEXT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000c001');

-- Running upgrade aaaa0000c001 -> aaaa0000c002, drop email; the downgrade brings it back nullable

-- versions/aaaa0000c002_drop_email.mig:6
ALTER TABLE account DROP COLUMN email;

UPDATE alembic_version SET version_num='aaaa0000c002' WHERE alembic_version.version_num = 'aaaa0000c001';

COMMIT;


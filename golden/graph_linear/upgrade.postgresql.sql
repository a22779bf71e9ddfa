SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 1111aaaa0001, create account

-- versions/1111aaaa0001_create_account.mig:7
CREATE TABLE account (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('1111aaaa0001');

-- Running upgrade 1111aaaa0001 -> 1111aaaa0002, add email

-- versions/1111aaaa0002_add_email.mig:7
ALTER TABLE account ADD COLUMN email VARCHAR(255);

UPDATE alembic_version SET version_num='1111aaaa0002' WHERE alembic_version.version_num = '1111aaaa0001';

-- Running upgrade 1111aaaa0002 -> 1111aaaa0003, index email

-- versions/1111aaaa0003_index_email.mig:7
CREATE UNIQUE INDEX ix_account_email ON account (email);

UPDATE alembic_version SET version_num='1111aaaa0003' WHERE alembic_version.version_num = '1111aaaa0002';

COMMIT;


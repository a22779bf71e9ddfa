SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 4444dddd0001, create account

-- versions/4444dddd0001_create_account.mig:7
CREATE TABLE account (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('4444dddd0001');

-- Running upgrade <base> -> 4444dddd0002, create tag

-- versions/4444dddd0002_create_tag.mig:7
CREATE TABLE tag (
    id INTEGER NOT NULL,
    name TEXT,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('4444dddd0002');

-- Running upgrade 4444dddd0002 -> 4444dddd0003, tag accounts

-- versions/4444dddd0003_tag_accounts.mig:7
CREATE TABLE account_tag (
    account_id INTEGER,
    tag_id INTEGER,
    FOREIGN KEY (account_id) REFERENCES account (id),
    FOREIGN KEY (tag_id) REFERENCES tag (id)
);

DELETE FROM alembic_version WHERE alembic_version.version_num = '4444dddd0002';

UPDATE alembic_version SET version_num='4444dddd0003' WHERE alembic_version.version_num = '4444dddd0001';

COMMIT;


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 3333cccc0001, create account

-- versions/3333cccc0001_create_account.mig:7
CREATE TABLE account (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('3333cccc0001');

-- Running upgrade 3333cccc0001 -> 3333cccc0003, add phone

-- versions/3333cccc0003_add_phone.mig:7
ALTER TABLE account ADD COLUMN phone VARCHAR(40);

UPDATE alembic_version SET version_num='3333cccc0003' WHERE alembic_version.version_num = '3333cccc0001';

-- Running upgrade 3333cccc0001 -> 3333cccc0002, add email

-- versions/3333cccc0002_add_email.mig:7
ALTER TABLE account ADD COLUMN email VARCHAR(200);

INSERT INTO alembic_version (version_num) VALUES ('3333cccc0002');

-- Running upgrade 3333cccc0002, 3333cccc0003 -> 3333cccc0004, merge email and phone

DELETE FROM alembic_version WHERE alembic_version.version_num = '3333cccc0002';

UPDATE alembic_version SET version_num='3333cccc0004' WHERE alembic_version.version_num = '3333cccc0003';

-- Running upgrade 3333cccc0004 -> 3333cccc0005, index contact

-- versions/3333cccc0005_index_contact.mig:7
CREATE INDEX ix_account_contact ON account (email, phone);

UPDATE alembic_version SET version_num='3333cccc0005' WHERE alembic_version.version_num = '3333cccc0004';


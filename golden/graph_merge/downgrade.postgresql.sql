SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade 3333cccc0005 -> 3333cccc0004, index contact

-- versions/3333cccc0005_index_contact.mig:11
DROP INDEX ix_account_contact;

UPDATE alembic_version SET version_num='3333cccc0004' WHERE alembic_version.version_num = '3333cccc0005';

-- Running downgrade 3333cccc0004 -> 3333cccc0002, 3333cccc0003, merge email and phone

INSERT INTO alembic_version (version_num) VALUES ('3333cccc0002');

UPDATE alembic_version SET version_num='3333cccc0003' WHERE alembic_version.version_num = '3333cccc0004';

-- Running downgrade 3333cccc0002 -> 3333cccc0001, add email

-- versions/3333cccc0002_add_email.mig:11
ALTER TABLE account DROP COLUMN email;

DELETE FROM alembic_version WHERE alembic_version.version_num = '3333cccc0002';

-- Running downgrade 3333cccc0003 -> 3333cccc0001, add phone

-- versions/3333cccc0003_add_phone.mig:11
ALTER TABLE account DROP COLUMN phone;

UPDATE alembic_version SET version_num='3333cccc0001' WHERE alembic_version.version_num = '3333cccc0003';

-- Running downgrade 3333cccc0001 -> <base>, create account

-- versions/3333cccc0001_create_account.mig:11
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '3333cccc0001';

COMMIT;


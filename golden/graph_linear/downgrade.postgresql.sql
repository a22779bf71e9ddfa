SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade 1111aaaa0003 -> 1111aaaa0002, index email

-- versions/1111aaaa0003_index_email.mig:11
DROP INDEX ix_account_email;

UPDATE alembic_version SET version_num='1111aaaa0002' WHERE alembic_version.version_num = '1111aaaa0003';

-- Running downgrade 1111aaaa0002 -> 1111aaaa0001, add email

-- versions/1111aaaa0002_add_email.mig:11
ALTER TABLE account DROP COLUMN email;

UPDATE alembic_version SET version_num='1111aaaa0001' WHERE alembic_version.version_num = '1111aaaa0002';

-- Running downgrade 1111aaaa0001 -> <base>, create account

-- versions/1111aaaa0001_create_account.mig:11
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '1111aaaa0001';

COMMIT;


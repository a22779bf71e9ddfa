SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade aaaa0000a002 -> aaaa0000a001, a NOT NULL column with nothing to put in it

-- versions/aaaa0000a002_age.mig:10
ALTER TABLE account DROP COLUMN age;

UPDATE alembic_version SET version_num='aaaa0000a001' WHERE alembic_version.version_num = 'aaaa0000a002';

-- Running downgrade aaaa0000a001 -> <base>, accounts, with a first row

-- versions/aaaa0000a001_account.mig:10
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000a001';

COMMIT;


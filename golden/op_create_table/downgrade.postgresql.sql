SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade a1c0ffee0002 -> a1c0ffee0001, create account

-- versions/a1c0ffee0002_create_account.mig:100
DROP TABLE account;

UPDATE alembic_version SET version_num='a1c0ffee0001' WHERE alembic_version.version_num = 'a1c0ffee0002';

-- Running downgrade a1c0ffee0001 -> <base>, create org

-- versions/a1c0ffee0001_create_org.mig:30
DROP TABLE tag;

-- versions/a1c0ffee0001_create_org.mig:31
DROP TABLE region;

-- versions/a1c0ffee0001_create_org.mig:32
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1c0ffee0001';

COMMIT;


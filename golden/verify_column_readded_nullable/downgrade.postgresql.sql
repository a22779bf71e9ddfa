SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade aaaa0000c002 -> aaaa0000c001, drop email; the downgrade brings it back nullable

-- versions/aaaa0000c002_drop_email.mig:10
ALTER TABLE account ADD COLUMN email TEXT;

UPDATE alembic_version SET version_num='aaaa0000c001' WHERE alembic_version.version_num = 'aaaa0000c002';

-- Running downgrade aaaa0000c001 -> <base>, create account

-- versions/aaaa0000c001_account.mig:9
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000c001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b2e0000a0002 -> b2e0000a0001, seed account

-- versions/b2e0000a0002_seed_account.mig:37
DELETE FROM account WHERE id BETWEEN 1 AND 6;

UPDATE alembic_version SET version_num='b2e0000a0001' WHERE alembic_version.version_num = 'b2e0000a0002';

-- Running downgrade b2e0000a0001 -> <base>, create account

-- versions/b2e0000a0001_create_account.mig:19
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b2e0000a0001';

COMMIT;


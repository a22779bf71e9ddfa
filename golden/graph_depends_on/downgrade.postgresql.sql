SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade 4444dddd0003 -> 4444dddd0002, tag accounts

-- versions/4444dddd0003_tag_accounts.mig:11
DROP TABLE account_tag;

INSERT INTO alembic_version (version_num) VALUES ('4444dddd0002');

UPDATE alembic_version SET version_num='4444dddd0001' WHERE alembic_version.version_num = '4444dddd0003';

-- Running downgrade 4444dddd0002 -> <base>, create tag

-- versions/4444dddd0002_create_tag.mig:11
DROP TABLE tag;

DELETE FROM alembic_version WHERE alembic_version.version_num = '4444dddd0002';

-- Running downgrade 4444dddd0001 -> <base>, create account

-- versions/4444dddd0001_create_account.mig:11
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '4444dddd0001';

COMMIT;


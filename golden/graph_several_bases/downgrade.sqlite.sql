PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade 5555eeee0001 -> <base>, create account

-- versions/5555eeee0001_create_account.mig:11
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '5555eeee0001';

-- Running downgrade 5555eeee0003 -> 5555eeee0002, seed settings

-- versions/5555eeee0003_seed_settings.mig:11
DELETE FROM setting;

UPDATE alembic_version SET version_num='5555eeee0002' WHERE alembic_version.version_num = '5555eeee0003';

-- Running downgrade 5555eeee0002 -> <base>, create setting

-- versions/5555eeee0002_create_setting.mig:11
DROP TABLE setting;

DELETE FROM alembic_version WHERE alembic_version.version_num = '5555eeee0002';

COMMIT;

PRAGMA foreign_keys = ON;


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade aaaa0000e001 -> <base>, the classic Alembic mistake: the enum outlives its downgrade

-- versions/aaaa0000e001_mood.mig:10
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000e001';

COMMIT;


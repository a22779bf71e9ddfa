SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade f9b0000a0002 -> f9b0000a0001, status enum

-- versions/f9b0000a0002_status_enum.mig:19
ALTER TABLE person DROP COLUMN previous_status;

-- versions/f9b0000a0002_status_enum.mig:21
ALTER TABLE person ALTER COLUMN status TYPE TEXT USING status::text;

-- versions/f9b0000a0002_status_enum.mig:26
DROP TYPE person_status;

UPDATE alembic_version SET version_num='f9b0000a0001' WHERE alembic_version.version_num = 'f9b0000a0002';

-- Running downgrade f9b0000a0001 -> <base>, create mood

-- versions/f9b0000a0001_create_mood.mig:18
DROP TABLE person;

-- versions/f9b0000a0001_create_mood.mig:19
DROP TYPE mood;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f9b0000a0001';

COMMIT;


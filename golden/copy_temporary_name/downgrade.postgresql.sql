SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c7a0000a0001 -> <base>, a table named like the copy

-- versions/c7a0000a0001_names.mig:15
ALTER TABLE x ALTER COLUMN v TYPE VARCHAR(10);

-- versions/c7a0000a0001_names.mig:16
DROP TABLE _retort_tmp_x;

-- versions/c7a0000a0001_names.mig:17
DROP TABLE x;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c7a0000a0001';

COMMIT;


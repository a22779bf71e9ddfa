SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c8e0000a0001 -> <base>, enums without checks

-- versions/c8e0000a0001_enums_without_checks.mig:23
ALTER TABLE person RENAME fit TO size;

-- versions/c8e0000a0001_enums_without_checks.mig:24
CREATE TYPE _retort_tmp_mood AS ENUM ('sad', 'ok', 'happy');

ALTER TABLE person ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

DROP TYPE mood;

ALTER TYPE _retort_tmp_mood RENAME TO mood;

-- versions/c8e0000a0001_enums_without_checks.mig:25
UPDATE person SET shoe = 'wide' WHERE shoe = 'broad';

-- versions/c8e0000a0001_enums_without_checks.mig:26
ALTER TABLE person ALTER COLUMN size TYPE VARCHAR(1);

-- versions/c8e0000a0001_enums_without_checks.mig:27
ALTER TABLE person DROP COLUMN shoe;

-- versions/c8e0000a0001_enums_without_checks.mig:28
DROP TABLE person;

-- versions/c8e0000a0001_enums_without_checks.mig:29
DROP TYPE mood;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c8e0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade aaaa0000e103 -> aaaa0000e102, a value of the inline enum alone, forgotten

UPDATE alembic_version SET version_num='aaaa0000e102' WHERE alembic_version.version_num = 'aaaa0000e103';

-- Running downgrade aaaa0000e102 -> aaaa0000e101, values added, and a downgrade that forgets one of each

-- versions/aaaa0000e102_values.mig:13
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('s', 'm', 'l', 'xxl'));

-- versions/aaaa0000e102_values.mig:14
CREATE TYPE _retort_tmp_mood AS ENUM ('sad', 'ok', 'happy');

ALTER TABLE person ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

DROP TYPE mood;

ALTER TYPE _retort_tmp_mood RENAME TO mood;

UPDATE alembic_version SET version_num='aaaa0000e101' WHERE alembic_version.version_num = 'aaaa0000e102';

-- Running downgrade aaaa0000e101 -> <base>, an enum and a column of its own kind

-- versions/aaaa0000e101_mood.mig:10
DROP TABLE person;

-- versions/aaaa0000e101_mood.mig:11
DROP TYPE mood;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000e101';

COMMIT;


SET client_encoding = 'UTF8';

-- Running downgrade e1a0000a0004 -> e1a0000a0003, add a value and use it

-- versions/e1a0000a0004_use.mig:16
ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'ok';

-- versions/e1a0000a0004_use.mig:17
CREATE TYPE _retort_tmp_mood AS ENUM ('sad', 'glum', 'meh', 'ok', 'glad', 'elated');

ALTER TABLE person DROP CONSTRAINT ck_person_mood;

DROP INDEX ix_person_mood;

DROP INDEX ix_person_ok;

ALTER TABLE person ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE person ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

ALTER TABLE visit ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE visit ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

DROP TYPE mood;

ALTER TYPE _retort_tmp_mood RENAME TO mood;

ALTER TABLE person ADD CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0);

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'ok';

ALTER TABLE visit ALTER COLUMN mood SET DEFAULT 'glad';

UPDATE alembic_version SET version_num='e1a0000a0003' WHERE alembic_version.version_num = 'e1a0000a0004';

BEGIN;

-- Running downgrade e1a0000a0003 -> e1a0000a0002, rename values

-- versions/e1a0000a0003_rename.mig:16
ALTER TABLE person DROP CONSTRAINT person_size_check;

UPDATE person SET size = 's' WHERE size = 'small';

ALTER TABLE person ALTER COLUMN size SET DEFAULT 's';

ALTER TABLE person ALTER COLUMN size TYPE VARCHAR(2);

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('xs', 's', 'm', 'xl'));

-- versions/e1a0000a0003_rename.mig:17
ALTER TYPE mood RENAME VALUE 'glad' TO 'happy';

UPDATE alembic_version SET version_num='e1a0000a0002' WHERE alembic_version.version_num = 'e1a0000a0003';

-- Running downgrade e1a0000a0002 -> e1a0000a0001, add values

-- versions/e1a0000a0002_add.mig:19
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('s', 'm', 'xl'));

-- versions/e1a0000a0002_add.mig:20
ALTER TABLE person DROP CONSTRAINT person_size_check;

ALTER TABLE person ALTER COLUMN size TYPE VARCHAR(1);

ALTER TABLE person ADD CONSTRAINT person_size_check CHECK (size IN ('s', 'm'));

-- versions/e1a0000a0002_add.mig:21
CREATE TYPE _retort_tmp_mood AS ENUM ('sad', 'meh', 'ok', 'happy', 'elated');

ALTER TABLE person DROP CONSTRAINT ck_person_mood;

DROP INDEX ix_person_mood;

DROP INDEX ix_person_ok;

ALTER TABLE person ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE person ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

ALTER TABLE visit ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE visit ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

DROP TYPE mood;

ALTER TYPE _retort_tmp_mood RENAME TO mood;

ALTER TABLE person ADD CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0);

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'ok';

ALTER TABLE visit ALTER COLUMN mood SET DEFAULT 'happy';

-- versions/e1a0000a0002_add.mig:22
CREATE TYPE _retort_tmp_mood AS ENUM ('sad', 'ok', 'happy', 'elated');

ALTER TABLE person DROP CONSTRAINT ck_person_mood;

DROP INDEX ix_person_mood;

DROP INDEX ix_person_ok;

ALTER TABLE person ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE person ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

ALTER TABLE visit ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE visit ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

DROP TYPE mood;

ALTER TYPE _retort_tmp_mood RENAME TO mood;

ALTER TABLE person ADD CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0);

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'ok';

ALTER TABLE visit ALTER COLUMN mood SET DEFAULT 'happy';

-- versions/e1a0000a0002_add.mig:23
CREATE TYPE _retort_tmp_mood AS ENUM ('sad', 'ok', 'happy');

ALTER TABLE person DROP CONSTRAINT ck_person_mood;

DROP INDEX ix_person_mood;

DROP INDEX ix_person_ok;

ALTER TABLE person ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE person ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

ALTER TABLE visit ALTER COLUMN mood DROP DEFAULT;

ALTER TABLE visit ALTER COLUMN mood TYPE _retort_tmp_mood USING mood::text::_retort_tmp_mood;

DROP TYPE mood;

ALTER TYPE _retort_tmp_mood RENAME TO mood;

ALTER TABLE person ADD CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0);

CREATE INDEX ix_person_mood ON person (mood);

CREATE INDEX ix_person_ok ON person (id) WHERE mood = 'ok';

ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'ok';

ALTER TABLE visit ALTER COLUMN mood SET DEFAULT 'happy';

UPDATE alembic_version SET version_num='e1a0000a0001' WHERE alembic_version.version_num = 'e1a0000a0002';

-- Running downgrade e1a0000a0001 -> <base>, enums

-- versions/e1a0000a0001_enums.mig:29
DROP TABLE visit;

-- versions/e1a0000a0001_enums.mig:30
DROP TABLE person;

-- versions/e1a0000a0001_enums.mig:31
DROP TYPE mood;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e1a0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

-- Running downgrade e5a0000a0002 -> e5a0000a0001, values change under the key

-- versions/e5a0000a0002_values.mig:13
ALTER TYPE mood RENAME VALUE 'glad' TO 'happy';

-- versions/e5a0000a0002_values.mig:14
ALTER TABLE person DROP CONSTRAINT person_m_fkey;

CREATE TYPE _retort_tmp_mood AS ENUM ('sad', 'ok', 'happy');

ALTER TABLE kind ALTER COLUMN m TYPE _retort_tmp_mood USING m::text::_retort_tmp_mood;

ALTER TABLE person DROP CONSTRAINT ex_person_m;

ALTER TABLE person ALTER COLUMN m TYPE _retort_tmp_mood USING m::text::_retort_tmp_mood;

DROP TYPE mood;

ALTER TYPE _retort_tmp_mood RENAME TO mood;

ALTER TABLE person ADD CONSTRAINT ex_person_m EXCLUDE USING btree (m WITH =) WHERE (m <> 'sad');

ALTER TABLE person ADD CONSTRAINT person_m_fkey FOREIGN KEY (m) REFERENCES kind (m);

UPDATE alembic_version SET version_num='e5a0000a0001' WHERE alembic_version.version_num = 'e5a0000a0002';

BEGIN;

-- Running downgrade e5a0000a0001 -> <base>, kinds, and people of a kind

-- versions/e5a0000a0001_kinds.mig:35
DROP TABLE person;

-- versions/e5a0000a0001_kinds.mig:36
DROP TABLE owner;

-- versions/e5a0000a0001_kinds.mig:37
DROP TABLE kind;

-- versions/e5a0000a0001_kinds.mig:38
DROP TYPE mood;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e5a0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade e2a0000a0002 -> e2a0000a0001, add primary keys

-- versions/e2a0000a0002_add_primary_keys.mig:18
ALTER TABLE single DROP CONSTRAINT pk_single;

-- versions/e2a0000a0002_add_primary_keys.mig:19
ALTER TABLE thing DROP CONSTRAINT pk_thing;

UPDATE alembic_version SET version_num='e2a0000a0001' WHERE alembic_version.version_num = 'e2a0000a0002';

-- Running downgrade e2a0000a0001 -> <base>, create tables

-- versions/e2a0000a0001_create_tables.mig:18
DROP TABLE single;

-- versions/e2a0000a0001_create_tables.mig:19
DROP TABLE thing;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e2a0000a0001';

COMMIT;


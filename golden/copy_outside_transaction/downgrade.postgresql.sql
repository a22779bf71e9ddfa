SET client_encoding = 'UTF8';

-- Running downgrade c0a0000a0003 -> c0a0000a0002, a wider label, outside a transaction

-- versions/c0a0000a0003_wider.mig:17
ALTER TABLE kind ALTER COLUMN label TYPE VARCHAR(10);

UPDATE alembic_version SET version_num='c0a0000a0002' WHERE alembic_version.version_num = 'c0a0000a0003';

BEGIN;

-- Running downgrade c0a0000a0002 -> c0a0000a0001, a note, in a transaction

-- versions/c0a0000a0002_note.mig:11
ALTER TABLE person DROP COLUMN note;

UPDATE alembic_version SET version_num='c0a0000a0001' WHERE alembic_version.version_num = 'c0a0000a0002';

-- Running downgrade c0a0000a0001 -> <base>, kinds, and people of a kind

-- versions/c0a0000a0001_kinds.mig:18
DROP TABLE person;

-- versions/c0a0000a0001_kinds.mig:19
DROP TABLE kind;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c0a0000a0001';

COMMIT;


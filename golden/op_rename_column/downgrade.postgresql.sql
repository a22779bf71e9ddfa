SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade a7c0000a0002 -> a7c0000a0001, rename full_name to name

-- versions/a7c0000a0002_rename_full_name_to_name.mig:12
ALTER TABLE person RENAME name TO full_name;

UPDATE alembic_version SET version_num='a7c0000a0001' WHERE alembic_version.version_num = 'a7c0000a0002';

-- Running downgrade a7c0000a0001 -> <base>, create person

-- versions/a7c0000a0001_create_person.mig:14
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a7c0000a0001';

COMMIT;


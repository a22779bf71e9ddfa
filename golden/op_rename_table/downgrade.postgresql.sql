SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c3e0000a0002 -> c3e0000a0001, rename person to customer

-- versions/c3e0000a0002_rename_person_to_customer.mig:12
ALTER TABLE customer RENAME TO person;

UPDATE alembic_version SET version_num='c3e0000a0001' WHERE alembic_version.version_num = 'c3e0000a0002';

-- Running downgrade c3e0000a0001 -> <base>, create person

-- versions/c3e0000a0001_create_person.mig:14
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c3e0000a0001';

COMMIT;


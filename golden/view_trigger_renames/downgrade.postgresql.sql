SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b7e0000a0002 -> b7e0000a0001, renames

-- versions/b7e0000a0002_renames.mig:12
ALTER TABLE member RENAME TO account;

-- versions/b7e0000a0002_renames.mig:13
ALTER TABLE t RENAME full_name TO name;

UPDATE alembic_version SET version_num='b7e0000a0001' WHERE alembic_version.version_num = 'b7e0000a0002';

-- Running downgrade b7e0000a0001 -> <base>, views and a trigger

-- versions/b7e0000a0001_objects.mig:43
DROP VIEW casts;

-- versions/b7e0000a0001_objects.mig:44
DROP VIEW shapes;

-- versions/b7e0000a0001_objects.mig:46
DROP VIEW qualified;

-- versions/b7e0000a0001_objects.mig:47
DROP VIEW paid;

-- versions/b7e0000a0001_objects.mig:48
DROP TABLE payment;

-- versions/b7e0000a0001_objects.mig:49
DROP TABLE account;

-- versions/b7e0000a0001_objects.mig:50
DROP VIEW w;

-- versions/b7e0000a0001_objects.mig:51
DROP VIEW v;

-- versions/b7e0000a0001_objects.mig:52
DROP TABLE t;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b7e0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c0c0c0c0c002 -> c0c0c0c0c001, drop them by the names the database gave them

-- versions/c0c0c0c0c002_drop_by_generated_name.mig:17
ALTER TABLE member ADD CONSTRAINT member_org_id_fkey FOREIGN KEY (org_id) REFERENCES org (id);

-- versions/c0c0c0c0c002_drop_by_generated_name.mig:18
ALTER TABLE member ADD CONSTRAINT member_org_id_handle_key UNIQUE (org_id, handle);

-- versions/c0c0c0c0c002_drop_by_generated_name.mig:19
ALTER TABLE member ADD CONSTRAINT member_email_key UNIQUE (email);

UPDATE alembic_version SET version_num='c0c0c0c0c001' WHERE alembic_version.version_num = 'c0c0c0c0c002';

-- Running downgrade c0c0c0c0c001 -> <base>, constraints nobody named

-- versions/c0c0c0c0c001_unnamed.mig:17
DROP TABLE member;

-- versions/c0c0c0c0c001_unnamed.mig:18
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c0c0c0c0c001';

COMMIT;


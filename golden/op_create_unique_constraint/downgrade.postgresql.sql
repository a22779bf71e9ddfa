SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade f3b0000a0002 -> f3b0000a0001, add unique constraints

-- versions/f3b0000a0002_add_unique_constraints.mig:22
ALTER TABLE member DROP CONSTRAINT uq_member_handle;

-- versions/f3b0000a0002_add_unique_constraints.mig:23
ALTER TABLE member DROP CONSTRAINT uq_member_org_seat;

-- versions/f3b0000a0002_add_unique_constraints.mig:24
ALTER TABLE member DROP CONSTRAINT uq_member_org_handle;

-- versions/f3b0000a0002_add_unique_constraints.mig:25
ALTER TABLE member DROP CONSTRAINT uq_member_email;

UPDATE alembic_version SET version_num='f3b0000a0001' WHERE alembic_version.version_num = 'f3b0000a0002';

-- Running downgrade f3b0000a0001 -> <base>, create member

-- versions/f3b0000a0001_create_member.mig:17
DROP TABLE member;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f3b0000a0001';

COMMIT;


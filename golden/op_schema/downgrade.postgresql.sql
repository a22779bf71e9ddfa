SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c0d0000a0001 -> <base>, audit schema

-- versions/c0d0000a0001_audit_schema.mig:30
DROP VIEW audit.recent;

-- versions/c0d0000a0001_audit_schema.mig:31
ALTER TABLE item DROP CONSTRAINT fk_item_scratch;

-- versions/c0d0000a0001_audit_schema.mig:32
ALTER TABLE item DROP COLUMN scratch_id;

-- versions/c0d0000a0001_audit_schema.mig:33
ALTER TABLE audit.scratch RENAME TO scratch_old;

-- versions/c0d0000a0001_audit_schema.mig:34
DROP TABLE audit.scratch_old;

-- versions/c0d0000a0001_audit_schema.mig:35
DROP INDEX audit.ix_log_level;

-- versions/c0d0000a0001_audit_schema.mig:36
DROP INDEX audit.ix_log_msg;

-- versions/c0d0000a0001_audit_schema.mig:37
DROP TABLE item;

-- versions/c0d0000a0001_audit_schema.mig:38
DROP TABLE audit.log;

-- versions/c0d0000a0001_audit_schema.mig:39
DROP SCHEMA audit;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c0d0000a0001';

COMMIT;


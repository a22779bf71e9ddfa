SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d1f0000a0003 -> d1f0000a0002, add referrer

-- versions/d1f0000a0003_add_referrer.mig:12
ALTER TABLE visit DROP COLUMN referrer;

UPDATE alembic_version SET version_num='d1f0000a0002' WHERE alembic_version.version_num = 'd1f0000a0003';

COMMIT;

-- Running downgrade d1f0000a0002 -> d1f0000a0001, index visit concurrently

-- versions/d1f0000a0002_index_visit_concurrently.mig:22
DROP INDEX CONCURRENTLY uq_visit_at;

-- versions/d1f0000a0002_index_visit_concurrently.mig:23
DROP INDEX CONCURRENTLY ix_visit_path;

UPDATE alembic_version SET version_num='d1f0000a0001' WHERE alembic_version.version_num = 'd1f0000a0002';

BEGIN;

-- Running downgrade d1f0000a0001 -> <base>, create visit

-- versions/d1f0000a0001_create_visit.mig:15
DROP TABLE visit;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd1f0000a0001';

COMMIT;


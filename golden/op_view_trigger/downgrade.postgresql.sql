SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d1e0000a0003 -> d1e0000a0002, a change under the views

-- versions/d1e0000a0003_copy.mig:30
DROP VIEW active_count;

-- versions/d1e0000a0003_copy.mig:31
DROP VIEW active_account;

-- versions/d1e0000a0003_copy.mig:33
ALTER TABLE member ALTER COLUMN email TYPE VARCHAR(100);

-- versions/d1e0000a0003_copy.mig:37
CREATE VIEW active_account AS SELECT id, email AS "Email" FROM member WHERE active;

-- versions/d1e0000a0003_copy.mig:38
CREATE VIEW active_count AS SELECT count(*) AS n FROM active_account;

UPDATE alembic_version SET version_num='d1e0000a0002' WHERE alembic_version.version_num = 'd1e0000a0003';

-- Running downgrade d1e0000a0002 -> d1e0000a0001, renames under the views

-- versions/d1e0000a0002_renames.mig:28
ALTER TABLE member RENAME TO account;

-- versions/d1e0000a0002_renames.mig:29
ALTER TABLE account RENAME email TO "Email";

UPDATE alembic_version SET version_num='d1e0000a0001' WHERE alembic_version.version_num = 'd1e0000a0002';

-- Running downgrade d1e0000a0001 -> <base>, views and a trigger

-- versions/d1e0000a0001_views.mig:50
DROP TRIGGER account_audit ON account;

-- versions/d1e0000a0001_views.mig:52
DROP FUNCTION account_audit();

-- versions/d1e0000a0001_views.mig:54
DROP VIEW audit_size;

-- versions/d1e0000a0001_views.mig:55
DROP VIEW active_count;

-- versions/d1e0000a0001_views.mig:56
DROP VIEW active_account;

-- versions/d1e0000a0001_views.mig:57
DROP TABLE audit;

-- versions/d1e0000a0001_views.mig:58
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd1e0000a0001';

COMMIT;


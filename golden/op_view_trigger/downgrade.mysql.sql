-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade d1e0000a0003 -> d1e0000a0002, a change under the views

-- versions/d1e0000a0003_copy.mig:27
CREATE OR REPLACE VIEW active_account AS SELECT id, email FROM member WHERE active;

-- versions/d1e0000a0003_copy.mig:33
ALTER TABLE member MODIFY email VARCHAR(100) NOT NULL;

UPDATE alembic_version SET version_num='d1e0000a0002' WHERE alembic_version.version_num = 'd1e0000a0003';

-- Running downgrade d1e0000a0002 -> d1e0000a0001, renames under the views

-- versions/d1e0000a0002_renames.mig:25
DROP VIEW active_count;

-- versions/d1e0000a0002_renames.mig:26
DROP VIEW active_account;

-- versions/d1e0000a0002_renames.mig:28
ALTER TABLE member RENAME TO account;

-- versions/d1e0000a0002_renames.mig:29
ALTER TABLE account RENAME COLUMN email TO Email;

-- versions/d1e0000a0002_renames.mig:31
CREATE VIEW active_account AS SELECT id, `Email` FROM account WHERE active;

-- versions/d1e0000a0002_renames.mig:32
CREATE VIEW active_count AS SELECT count(*) AS n FROM active_account;

UPDATE alembic_version SET version_num='d1e0000a0001' WHERE alembic_version.version_num = 'd1e0000a0002';

-- Running downgrade d1e0000a0001 -> <base>, views and a trigger

-- versions/d1e0000a0001_views.mig:50
DROP TRIGGER account_audit;

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


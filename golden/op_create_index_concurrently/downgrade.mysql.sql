-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade d1f0000a0003 -> d1f0000a0002, add referrer

-- versions/d1f0000a0003_add_referrer.mig:12
ALTER TABLE visit DROP COLUMN referrer;

UPDATE alembic_version SET version_num='d1f0000a0002' WHERE alembic_version.version_num = 'd1f0000a0003';

-- Running downgrade d1f0000a0002 -> d1f0000a0001, index visit concurrently

UPDATE alembic_version SET version_num='d1f0000a0001' WHERE alembic_version.version_num = 'd1f0000a0002';

-- Running downgrade d1f0000a0001 -> <base>, create visit

-- versions/d1f0000a0001_create_visit.mig:15
DROP TABLE visit;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd1f0000a0001';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade c0c0c0c0c002 -> c0c0c0c0c001, drop them by the names the database gave them

UPDATE alembic_version SET version_num='c0c0c0c0c001' WHERE alembic_version.version_num = 'c0c0c0c0c002';

-- Running downgrade c0c0c0c0c001 -> <base>, constraints nobody named

-- versions/c0c0c0c0c001_unnamed.mig:17
DROP TABLE member;

-- versions/c0c0c0c0c001_unnamed.mig:18
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c0c0c0c0c001';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade 5e0000000003 -> 5e0000000002, a sequence named by hand

UPDATE alembic_version SET version_num='5e0000000002' WHERE alembic_version.version_num = '5e0000000003';

-- Running downgrade 5e0000000002 -> 5e0000000001, rename the tables and columns

-- versions/5e0000000002_renames.mig:17
ALTER TABLE issue RENAME TO ticket;

-- versions/5e0000000002_renames.mig:18
ALTER TABLE ticket RENAME COLUMN subject TO title;

-- versions/5e0000000002_renames.mig:19
ALTER TABLE ticket RENAME COLUMN ticket_no TO id;

-- versions/5e0000000002_renames.mig:20
ALTER TABLE member RENAME TO Person;

UPDATE alembic_version SET version_num='5e0000000001' WHERE alembic_version.version_num = '5e0000000002';

-- Running downgrade 5e0000000001 -> <base>, serial columns

-- versions/5e0000000001_serials.mig:31
DROP TABLE ticket;

-- versions/5e0000000001_serials.mig:35
DROP TABLE Person;

DELETE FROM alembic_version WHERE alembic_version.version_num = '5e0000000001';


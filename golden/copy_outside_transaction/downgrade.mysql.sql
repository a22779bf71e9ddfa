-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade c0a0000a0003 -> c0a0000a0002, a wider label, outside a transaction

-- versions/c0a0000a0003_wider.mig:17
ALTER TABLE kind MODIFY label VARCHAR(10) NULL;

UPDATE alembic_version SET version_num='c0a0000a0002' WHERE alembic_version.version_num = 'c0a0000a0003';

-- Running downgrade c0a0000a0002 -> c0a0000a0001, a note, in a transaction

-- versions/c0a0000a0002_note.mig:11
ALTER TABLE person DROP COLUMN note;

UPDATE alembic_version SET version_num='c0a0000a0001' WHERE alembic_version.version_num = 'c0a0000a0002';

-- Running downgrade c0a0000a0001 -> <base>, kinds, and people of a kind

-- versions/c0a0000a0001_kinds.mig:18
DROP TABLE person;

-- versions/c0a0000a0001_kinds.mig:19
DROP TABLE kind;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c0a0000a0001';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade aaaa0000a002 -> aaaa0000a001, codes become numbers, but nobody said how

-- versions/aaaa0000a002_code_integer.mig:10
ALTER TABLE product MODIFY code TEXT NULL;

UPDATE alembic_version SET version_num='aaaa0000a001' WHERE alembic_version.version_num = 'aaaa0000a002';

-- Running downgrade aaaa0000a001 -> <base>, codes were text

-- versions/aaaa0000a001_code.mig:9
DROP TABLE product;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000a001';


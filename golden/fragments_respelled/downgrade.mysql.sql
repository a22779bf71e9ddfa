-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade f7a0000a0001 -> <base>, fragments

-- versions/f7a0000a0001_fragments.mig:39
DROP VIEW deal_view;

-- versions/f7a0000a0001_fragments.mig:40
DROP INDEX ix_deal_code ON deal;

ALTER TABLE deal DROP COLUMN _ix_deal_code_1;

-- versions/f7a0000a0001_fragments.mig:44
DROP INDEX ux_deal_desc ON deal;

ALTER TABLE deal DROP COLUMN _ux_deal_desc_1;

-- versions/f7a0000a0001_fragments.mig:45
DROP TABLE deal;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f7a0000a0001';


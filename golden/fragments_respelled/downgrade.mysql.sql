-- mysql commits each DDL statement implicitly: this script runs without a transaction

-- Running downgrade f7a0000a0001 -> <base>, fragments

-- versions/f7a0000a0001_fragments.mig:37
DROP VIEW deal_view;

-- versions/f7a0000a0001_fragments.mig:38
DROP INDEX ix_deal_code ON deal;

ALTER TABLE deal DROP COLUMN _ix_deal_code_1;

-- versions/f7a0000a0001_fragments.mig:42
DROP INDEX ux_deal_desc ON deal;

ALTER TABLE deal DROP COLUMN _ux_deal_desc_1;

-- versions/f7a0000a0001_fragments.mig:43
DROP TABLE deal;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f7a0000a0001';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

-- Running downgrade f7a0000a0001 -> <base>, fragments

-- versions/f7a0000a0001_fragments.mig:31
DROP INDEX ix_deal_note ON deal;

ALTER TABLE deal DROP COLUMN _ix_deal_note_1;

-- versions/f7a0000a0001_fragments.mig:32
DROP TABLE deal;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f7a0000a0001';


BEGIN;

-- Running downgrade f7a0000a0001 -> <base>, fragments

-- versions/f7a0000a0001_fragments.mig:29
DROP INDEX ix_deal_big;

-- versions/f7a0000a0001_fragments.mig:31
DROP INDEX ix_deal_note;

-- versions/f7a0000a0001_fragments.mig:32
DROP TABLE deal;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f7a0000a0001';

COMMIT;


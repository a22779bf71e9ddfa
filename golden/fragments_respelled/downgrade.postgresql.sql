SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade f7a0000a0001 -> <base>, fragments

-- versions/f7a0000a0001_fragments.mig:39
DROP VIEW deal_view;

-- versions/f7a0000a0001_fragments.mig:40
DROP INDEX ix_deal_code;

-- versions/f7a0000a0001_fragments.mig:42
DROP INDEX ux_deal_order;

-- versions/f7a0000a0001_fragments.mig:44
DROP INDEX ux_deal_desc;

-- versions/f7a0000a0001_fragments.mig:45
DROP TABLE deal;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f7a0000a0001';

COMMIT;


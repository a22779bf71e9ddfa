SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade aaaa0000f001 -> <base>, a sequence the downgrade forgets (the index goes with its table)

-- versions/aaaa0000f001_item.mig:14
DROP TABLE item;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000f001';

COMMIT;


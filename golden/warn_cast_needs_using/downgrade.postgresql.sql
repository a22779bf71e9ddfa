SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade aaaa0000a002 -> aaaa0000a001, codes become numbers, but nobody said how

-- versions/aaaa0000a002_code_integer.mig:10
ALTER TABLE product ALTER COLUMN code TYPE TEXT;

UPDATE alembic_version SET version_num='aaaa0000a001' WHERE alembic_version.version_num = 'aaaa0000a002';

-- Running downgrade aaaa0000a001 -> <base>, codes were text

-- versions/aaaa0000a001_code.mig:9
DROP TABLE product;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000a001';

COMMIT;


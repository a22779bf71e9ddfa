SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade e5a0000a0002 -> e5a0000a0001, drop legacy and price

-- versions/e5a0000a0002_drop_legacy_and_price.mig:14
ALTER TABLE item ADD COLUMN legacy VARCHAR(20) DEFAULT 'x' NOT NULL;

-- versions/e5a0000a0002_drop_legacy_and_price.mig:15
ALTER TABLE item ADD COLUMN price NUMERIC(10, 2);

COMMENT ON COLUMN item.price IS 'net price';

UPDATE alembic_version SET version_num='e5a0000a0001' WHERE alembic_version.version_num = 'e5a0000a0002';

-- Running downgrade e5a0000a0001 -> <base>, create item

-- versions/e5a0000a0001_create_item.mig:15
DROP TABLE item;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e5a0000a0001';

COMMIT;


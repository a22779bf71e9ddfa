SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b5d0000a0002 -> b5d0000a0001, add checks

-- versions/b5d0000a0002_add_checks.mig:23
ALTER TABLE product DROP CONSTRAINT ck_product_sku_len;

-- versions/b5d0000a0002_add_checks.mig:24
ALTER TABLE product DROP CONSTRAINT ck_product_sku;

-- versions/b5d0000a0002_add_checks.mig:25
ALTER TABLE product DROP CONSTRAINT ck_product_sale;

-- versions/b5d0000a0002_add_checks.mig:26
ALTER TABLE product DROP CONSTRAINT ck_product_price;

UPDATE alembic_version SET version_num='b5d0000a0001' WHERE alembic_version.version_num = 'b5d0000a0002';

-- Running downgrade b5d0000a0001 -> <base>, create product

-- versions/b5d0000a0001_create_product.mig:16
DROP TABLE product;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b5d0000a0001';

COMMIT;


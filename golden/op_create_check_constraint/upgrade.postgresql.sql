SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b5d0000a0001, create product

-- versions/b5d0000a0001_create_product.mig:7
CREATE TABLE product (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    sale NUMERIC(10, 2),
    sku VARCHAR(20) NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b5d0000a0001');

-- Running upgrade b5d0000a0001 -> b5d0000a0002, add checks

-- versions/b5d0000a0002_add_checks.mig:8
ALTER TABLE product ADD CONSTRAINT ck_product_price CHECK (price >= 0);

-- versions/b5d0000a0002_add_checks.mig:9
ALTER TABLE product ADD CONSTRAINT ck_product_sale CHECK (sale IS NULL OR sale < price);

-- versions/b5d0000a0002_add_checks.mig:11
ALTER TABLE product ADD CONSTRAINT ck_product_sku CHECK (sku ~ '^[A-Z]{3}-[0-9]+$');

-- versions/b5d0000a0002_add_checks.mig:19
ALTER TABLE product ADD CONSTRAINT ck_product_sku_len CHECK (length(sku) BETWEEN 5 AND 20 AND sku <> 'n/a');

UPDATE alembic_version SET version_num='b5d0000a0002' WHERE alembic_version.version_num = 'b5d0000a0001';

COMMIT;


PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade b5d0000a0002 -> b5d0000a0001, add checks

-- versions/b5d0000a0002_add_checks.mig:23
CREATE TABLE _retort_tmp_product (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    sale NUMERIC(10, 2),
    sku VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_product_price CHECK (price >= 0),
    CONSTRAINT ck_product_sale CHECK (sale IS NULL OR sale < price),
    CONSTRAINT ck_product_sku CHECK (sku GLOB '[A-Z][A-Z][A-Z]-[0-9]*')
);

INSERT INTO _retort_tmp_product (id, price, sale, sku) SELECT id, price, sale, sku FROM product;

DROP TABLE product;

ALTER TABLE _retort_tmp_product RENAME TO product;

PRAGMA foreign_key_check(product);

-- versions/b5d0000a0002_add_checks.mig:24
CREATE TABLE _retort_tmp_product (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    sale NUMERIC(10, 2),
    sku VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_product_price CHECK (price >= 0),
    CONSTRAINT ck_product_sale CHECK (sale IS NULL OR sale < price)
);

INSERT INTO _retort_tmp_product (id, price, sale, sku) SELECT id, price, sale, sku FROM product;

DROP TABLE product;

ALTER TABLE _retort_tmp_product RENAME TO product;

PRAGMA foreign_key_check(product);

-- versions/b5d0000a0002_add_checks.mig:25
CREATE TABLE _retort_tmp_product (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    sale NUMERIC(10, 2),
    sku VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_product_price CHECK (price >= 0)
);

INSERT INTO _retort_tmp_product (id, price, sale, sku) SELECT id, price, sale, sku FROM product;

DROP TABLE product;

ALTER TABLE _retort_tmp_product RENAME TO product;

PRAGMA foreign_key_check(product);

-- versions/b5d0000a0002_add_checks.mig:26
CREATE TABLE _retort_tmp_product (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    sale NUMERIC(10, 2),
    sku VARCHAR(20) NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_product (id, price, sale, sku) SELECT id, price, sale, sku FROM product;

DROP TABLE product;

ALTER TABLE _retort_tmp_product RENAME TO product;

PRAGMA foreign_key_check(product);

UPDATE alembic_version SET version_num='b5d0000a0001' WHERE alembic_version.version_num = 'b5d0000a0002';

-- Running downgrade b5d0000a0001 -> <base>, create product

-- versions/b5d0000a0001_create_product.mig:16
DROP TABLE product;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b5d0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e5a0000a0001, create item

-- versions/e5a0000a0001_create_item.mig:7
CREATE TABLE item (
    id INTEGER NOT NULL,
    legacy VARCHAR(20) DEFAULT 'x' NOT NULL,
    price NUMERIC(10, 2),
    PRIMARY KEY (id)
);

COMMENT ON COLUMN item.price IS 'net price';

INSERT INTO alembic_version (version_num) VALUES ('e5a0000a0001');

-- Running upgrade e5a0000a0001 -> e5a0000a0002, drop legacy and price

-- versions/e5a0000a0002_drop_legacy_and_price.mig:9
ALTER TABLE item DROP COLUMN legacy;

-- versions/e5a0000a0002_drop_legacy_and_price.mig:10
ALTER TABLE item DROP COLUMN price;

UPDATE alembic_version SET version_num='e5a0000a0002' WHERE alembic_version.version_num = 'e5a0000a0001';

COMMIT;


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e5a0000a0001, create item

-- versions/e5a0000a0001_create_item.mig:7
CREATE TABLE item (
    id INTEGER NOT NULL,
    legacy VARCHAR(20) DEFAULT 'x' NOT NULL,
    price NUMERIC(10, 2) COMMENT 'net price',
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('e5a0000a0001');

-- Running upgrade e5a0000a0001 -> e5a0000a0002, drop legacy and price

-- versions/e5a0000a0002_drop_legacy_and_price.mig:9
ALTER TABLE item DROP COLUMN legacy;

-- versions/e5a0000a0002_drop_legacy_and_price.mig:10
ALTER TABLE item DROP COLUMN price;

UPDATE alembic_version SET version_num='e5a0000a0002' WHERE alembic_version.version_num = 'e5a0000a0001';


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000f001, a sequence the downgrade forgets (the index goes with its table)

-- versions/aaaa0000f001_item.mig:6
CREATE TABLE item (
    id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    PRIMARY KEY (id)
);

-- versions/aaaa0000f001_item.mig:7
CREATE UNIQUE INDEX ix_item_sku ON item (sku);

-- versions/aaaa0000f001_item.mig:8
CREATE SEQUENCE item_seq;

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000f001');

COMMIT;


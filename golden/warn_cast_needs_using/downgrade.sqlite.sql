PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade aaaa0000a002 -> aaaa0000a001, codes become numbers, but nobody said how

-- versions/aaaa0000a002_code_integer.mig:10
CREATE TABLE _retort_tmp_product (
    id INTEGER NOT NULL,
    code TEXT,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_product (id, code) SELECT id, code FROM product;

DROP TABLE product;

ALTER TABLE _retort_tmp_product RENAME TO product;

PRAGMA foreign_key_check(product);

UPDATE alembic_version SET version_num='aaaa0000a001' WHERE alembic_version.version_num = 'aaaa0000a002';

-- Running downgrade aaaa0000a001 -> <base>, codes were text

-- versions/aaaa0000a001_code.mig:9
DROP TABLE product;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000a001';

COMMIT;

PRAGMA foreign_keys = ON;


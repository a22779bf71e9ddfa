SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f7a0000a0001, fragments

-- versions/f7a0000a0001_fragments.mig:13
CREATE TABLE deal (
    id INTEGER NOT NULL,
    "discountPct" INTEGER DEFAULT 0 NOT NULL,
    "order" INTEGER,
    "Desc" VARCHAR(50) DEFAULT ('it''s \ here'),
    code VARCHAR(3),
    tabbed VARCHAR(20) DEFAULT (E'a\tb'),
    dollars VARCHAR(20) DEFAULT ($$it's$$),
    PRIMARY KEY (id),
    CONSTRAINT ck_deal_discount CHECK ("discountPct" BETWEEN 0 AND 100),
    CONSTRAINT ck_deal_order CHECK ("order" IS NULL OR "order" >= 0),
    CONSTRAINT ck_deal_desc CHECK ("Desc" <> 'a''b\c')
);

-- versions/f7a0000a0001_fragments.mig:26
CREATE UNIQUE INDEX ux_deal_desc ON deal (coalesce("Desc", 'it''s\x'));

-- versions/f7a0000a0001_fragments.mig:28
CREATE UNIQUE INDEX ux_deal_order ON deal ("order") WHERE "discountPct" > 50 AND "Desc" <> 'x''\y';

-- versions/f7a0000a0001_fragments.mig:32
CREATE INDEX ix_deal_code ON deal (coalesce(code, 'none-given'));

-- versions/f7a0000a0001_fragments.mig:34
CREATE VIEW deal_view AS SELECT id, "Desc" AS "Label", "order" FROM deal
        WHERE "discountPct" >= 10 AND "Desc" <> 'a''bc\' AND "Desc" <> N'none';

INSERT INTO alembic_version (version_num) VALUES ('f7a0000a0001');

COMMIT;


PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f7a0000a0001, fragments

-- versions/f7a0000a0001_fragments.mig:12
CREATE TABLE deal (
    id INTEGER NOT NULL,
    discountPct INTEGER DEFAULT 0 NOT NULL,
    "order" INTEGER,
    note VARCHAR(50) DEFAULT ('it''s \ here'),
    PRIMARY KEY (id),
    CONSTRAINT ck_deal_discount CHECK ("discountPct" BETWEEN 0 AND 100),
    CONSTRAINT ck_deal_order CHECK ("order" IS NULL OR "order" >= 0),
    CONSTRAINT ck_deal_note CHECK (note <> 'a''b\c')
);

-- versions/f7a0000a0001_fragments.mig:21
CREATE INDEX ix_deal_note ON deal (coalesce(note, 'it''s\x'));

-- versions/f7a0000a0001_fragments.mig:23
CREATE INDEX ix_deal_big ON deal (id) WHERE "discountPct" > 50 AND note <> 'x\y';

INSERT INTO alembic_version (version_num) VALUES ('f7a0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;


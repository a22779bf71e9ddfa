-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f7a0000a0001, fragments

-- versions/f7a0000a0001_fragments.mig:13
CREATE TABLE deal (
    id INTEGER NOT NULL,
    discountPct INTEGER DEFAULT 0 NOT NULL,
    `order` INTEGER,
    `Desc` VARCHAR(50) DEFAULT ('it''s \\ here'),
    code VARCHAR(3),
    tabbed VARCHAR(20) DEFAULT ('a	b'),
    dollars VARCHAR(20) DEFAULT ('it''s'),
    PRIMARY KEY (id),
    CONSTRAINT ck_deal_discount CHECK (`discountPct` BETWEEN 0 AND 100),
    CONSTRAINT ck_deal_order CHECK (`order` IS NULL OR `order` >= 0),
    CONSTRAINT ck_deal_desc CHECK (`Desc` <> 'a''b\\c')
);

-- versions/f7a0000a0001_fragments.mig:26
ALTER TABLE deal ADD COLUMN _ux_deal_desc_1 VARCHAR(50) AS (coalesce(`Desc`, 'it''s\\x')) VIRTUAL;

CREATE UNIQUE INDEX ux_deal_desc ON deal (_ux_deal_desc_1);

-- versions/f7a0000a0001_fragments.mig:32
ALTER TABLE deal ADD COLUMN _ix_deal_code_1 VARCHAR(10) AS (coalesce(code, 'none-given')) VIRTUAL;

CREATE INDEX ix_deal_code ON deal (_ix_deal_code_1);

-- versions/f7a0000a0001_fragments.mig:34
CREATE VIEW deal_view AS SELECT id, `Desc` AS `Label`, `order` FROM deal
        WHERE `discountPct` >= 10 AND `Desc` <> 'a''bc\\' AND `Desc` <> N'none';

INSERT INTO alembic_version (version_num) VALUES ('f7a0000a0001');


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a1c0ffee0001, create org

-- versions/a1c0ffee0001_create_org.mig:9
CREATE TABLE org (
    id SERIAL NOT NULL,
    code VARCHAR(8) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code)
);

-- versions/a1c0ffee0001_create_org.mig:15
CREATE TABLE region (
    country CHAR(2) NOT NULL,
    code VARCHAR(10) NOT NULL,
    name TEXT,
    CONSTRAINT pk_region PRIMARY KEY (country, code)
);

-- versions/a1c0ffee0001_create_org.mig:23
CREATE TABLE tag (
    id SMALLINT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('a1c0ffee0001');

-- Running upgrade a1c0ffee0001 -> a1c0ffee0002, create account

-- versions/a1c0ffee0002_create_account.mig:11
CREATE TABLE account (
    id BIGSERIAL NOT NULL,
    org_id INTEGER NOT NULL,
    parent_org INTEGER,
    backup_org INTEGER DEFAULT 1,
    tag_id SMALLINT,
    country CHAR(2) NOT NULL,
    region_code VARCHAR(10) NOT NULL,
    email VARCHAR(255),
    name VARCHAR(50) DEFAULT 'anon' NOT NULL,
    nickname TEXT DEFAULT NULL,
    balance NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    credit NUMERIC(12, 2) DEFAULT -7.5,
    ratio DOUBLE PRECISION DEFAULT 1e3,
    small_ratio FLOAT DEFAULT -2.5E-3,
    active BOOLEAN DEFAULT true NOT NULL,
    deleted BOOLEAN DEFAULT false NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    valid_for tsrange DEFAULT tsrange('2024-01-01', '2025-01-01'),
    note TEXT DEFAULT ('it''s a $$ note'),
    PRIMARY KEY (id),
    FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    FOREIGN KEY (parent_org) REFERENCES org ON DELETE SET NULL ON UPDATE NO ACTION,
    FOREIGN KEY (backup_org) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE RESTRICT DEFERRABLE INITIALLY IMMEDIATE,
    UNIQUE (email),
    CONSTRAINT uq_account_org_name UNIQUE (org_id, name),
    UNIQUE (country, email) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT ck_account_balance CHECK (balance >= 0),
    CHECK (email LIKE '%@%'),
    CONSTRAINT fk_account_region FOREIGN KEY (country, region_code) REFERENCES region (country, code) ON DELETE NO ACTION ON UPDATE CASCADE,
    FOREIGN KEY (tag_id) REFERENCES tag,
    CONSTRAINT ex_account_valid EXCLUDE USING gist (valid_for WITH &&) WHERE (active),
    EXCLUDE USING gist (valid_for WITH &&, int4range(org_id, org_id, '[]') WITH &&)
);

COMMENT ON TABLE account IS 'customer accounts';

COMMENT ON COLUMN account.email IS 'login name';

COMMENT ON COLUMN account.name IS 'it''s shown in the UI';

UPDATE alembic_version SET version_num='a1c0ffee0002' WHERE alembic_version.version_num = 'a1c0ffee0001';

COMMIT;


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a1c0ffee0001, create org

-- versions/a1c0ffee0001_create_org.mig:9
CREATE TABLE org (
    id INTEGER AUTO_INCREMENT NOT NULL,
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

-- versions/a1c0ffee0002_create_account.mig:70
CREATE TABLE account (
    id BIGINT AUTO_INCREMENT NOT NULL,
    org_id INTEGER NOT NULL,
    parent_org INTEGER,
    backup_org INTEGER DEFAULT 1,
    tag_id SMALLINT,
    country CHAR(2) NOT NULL,
    region_code VARCHAR(10) NOT NULL,
    email VARCHAR(255) COMMENT 'login name',
    name VARCHAR(50) DEFAULT 'anon' NOT NULL COMMENT 'it''s shown in the UI',
    nickname TEXT DEFAULT NULL,
    balance NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    credit NUMERIC(12, 2) DEFAULT -7.5,
    ratio DOUBLE DEFAULT 1e3,
    small_ratio FLOAT DEFAULT -2.5E-3,
    active BOOL DEFAULT true NOT NULL,
    deleted BOOL DEFAULT false NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    note TEXT DEFAULT ('it''s a $$ note'),
    PRIMARY KEY (id),
    FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    FOREIGN KEY (parent_org) REFERENCES org (id) ON DELETE SET NULL ON UPDATE NO ACTION,
    FOREIGN KEY (backup_org) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE RESTRICT,
    UNIQUE (email),
    CONSTRAINT uq_account_org_name UNIQUE (org_id, name),
    UNIQUE (country, email),
    CONSTRAINT ck_account_balance CHECK (balance >= 0),
    CHECK (email LIKE '%@%'),
    CONSTRAINT fk_account_region FOREIGN KEY (country, region_code) REFERENCES region (country, code) ON DELETE NO ACTION ON UPDATE CASCADE,
    FOREIGN KEY (tag_id) REFERENCES tag (id)
) COMMENT 'customer accounts' ENGINE=InnoDB;

UPDATE alembic_version SET version_num='a1c0ffee0002' WHERE alembic_version.version_num = 'a1c0ffee0001';


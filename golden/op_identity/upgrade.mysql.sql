-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b7d0000a0001, identity columns

-- versions/b7d0000a0001_identity_columns.mig:8
CREATE TABLE ledger (
    id BIGINT AUTO_INCREMENT NOT NULL,
    note TEXT,
    PRIMARY KEY (id)
);

ALTER TABLE ledger AUTO_INCREMENT=1000;

-- versions/b7d0000a0001_identity_columns.mig:12
CREATE TABLE ticket (
    id INTEGER AUTO_INCREMENT NOT NULL,
    title TEXT,
    CONSTRAINT pk_ticket PRIMARY KEY (id)
);

-- versions/b7d0000a0001_identity_columns.mig:17
CREATE TABLE counter (
    n INTEGER NOT NULL,
    label TEXT
);

-- versions/b7d0000a0001_identity_columns.mig:21
CREATE INDEX ix_counter_n ON counter (n);

-- versions/b7d0000a0001_identity_columns.mig:22
CREATE TABLE tally (
    label TEXT
);

INSERT INTO alembic_version (version_num) VALUES ('b7d0000a0001');

-- Running upgrade b7d0000a0001 -> b7d0000a0002, alter identity

-- versions/b7d0000a0002_alter_identity.mig:8
ALTER TABLE ticket MODIFY id INTEGER AUTO_INCREMENT NOT NULL;

ALTER TABLE ticket AUTO_INCREMENT=500;

-- versions/b7d0000a0002_alter_identity.mig:9
ALTER TABLE ledger MODIFY id BIGINT NOT NULL;

-- versions/b7d0000a0002_alter_identity.mig:10
ALTER TABLE tally ADD COLUMN id INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY;

ALTER TABLE tally AUTO_INCREMENT=100;

-- versions/b7d0000a0002_alter_identity.mig:12
ALTER TABLE counter MODIFY n INTEGER AUTO_INCREMENT NOT NULL;

ALTER TABLE counter AUTO_INCREMENT=7;

UPDATE alembic_version SET version_num='b7d0000a0002' WHERE alembic_version.version_num = 'b7d0000a0001';


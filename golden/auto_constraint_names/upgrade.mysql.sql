-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c0c0c0c0c001, constraints nobody named

-- versions/c0c0c0c0c001_unnamed.mig:6
CREATE TABLE org (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/c0c0c0c0c001_unnamed.mig:7
CREATE TABLE member (
    id INTEGER NOT NULL,
    org_id INTEGER,
    email VARCHAR(100),
    handle VARCHAR(30),
    PRIMARY KEY (id),
    FOREIGN KEY (org_id) REFERENCES org (id),
    UNIQUE (email),
    UNIQUE (org_id, handle)
);

INSERT INTO alembic_version (version_num) VALUES ('c0c0c0c0c001');

-- Running upgrade c0c0c0c0c001 -> c0c0c0c0c002, drop them by the names the database gave them

UPDATE alembic_version SET version_num='c0c0c0c0c002' WHERE alembic_version.version_num = 'c0c0c0c0c001';


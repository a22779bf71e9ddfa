-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 5e0000000001, serial columns

-- versions/5e0000000001_serials.mig:13
CREATE TABLE Person (
    id INTEGER AUTO_INCREMENT NOT NULL,
    name TEXT NOT NULL,
    kind ENUM('staff', 'guest'),
    PRIMARY KEY (id)
);

-- versions/5e0000000001_serials.mig:21
CREATE TABLE ticket (
    id BIGINT AUTO_INCREMENT NOT NULL,
    title TEXT,
    `rank` INTEGER,
    PRIMARY KEY (id),
    CHECK (title <> ''),
    CHECK (rank > 0 AND title IS NOT NULL)
);

INSERT INTO alembic_version (version_num) VALUES ('5e0000000001');

-- Running upgrade 5e0000000001 -> 5e0000000002, rename the tables and columns

-- versions/5e0000000002_renames.mig:10
ALTER TABLE Person RENAME TO member;

-- versions/5e0000000002_renames.mig:11
ALTER TABLE ticket RENAME COLUMN id TO ticket_no;

-- versions/5e0000000002_renames.mig:12
ALTER TABLE ticket RENAME COLUMN title TO subject;

-- versions/5e0000000002_renames.mig:13
ALTER TABLE ticket RENAME TO issue;

UPDATE alembic_version SET version_num='5e0000000002' WHERE alembic_version.version_num = '5e0000000001';

-- Running upgrade 5e0000000002 -> 5e0000000003, a sequence named by hand

UPDATE alembic_version SET version_num='5e0000000003' WHERE alembic_version.version_num = '5e0000000002';


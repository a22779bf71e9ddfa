-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d1f0000a0001, create visit

-- versions/d1f0000a0001_create_visit.mig:7
CREATE TABLE visit (
    id BIGINT AUTO_INCREMENT NOT NULL,
    path TEXT NOT NULL,
    visited_at DATETIME NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('d1f0000a0001');

-- Running upgrade d1f0000a0001 -> d1f0000a0002, index visit concurrently

UPDATE alembic_version SET version_num='d1f0000a0002' WHERE alembic_version.version_num = 'd1f0000a0001';

-- Running upgrade d1f0000a0002 -> d1f0000a0003, add referrer

-- versions/d1f0000a0003_add_referrer.mig:8
ALTER TABLE visit ADD COLUMN referrer TEXT;

UPDATE alembic_version SET version_num='d1f0000a0003' WHERE alembic_version.version_num = 'd1f0000a0002';


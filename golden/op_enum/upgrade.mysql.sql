-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f9b0000a0001, create mood

-- versions/f9b0000a0001_create_mood.mig:9
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood ENUM('sad', 'ok', 'happy', 'it''s complicated') DEFAULT 'ok' NOT NULL,
    old_mood ENUM('sad', 'ok', 'happy', 'it''s complicated'),
    status TEXT,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('f9b0000a0001');

-- Running upgrade f9b0000a0001 -> f9b0000a0002, status enum

-- versions/f9b0000a0002_status_enum.mig:13
ALTER TABLE person MODIFY status ENUM('active', 'away') NULL;

-- versions/f9b0000a0002_status_enum.mig:15
ALTER TABLE person ADD COLUMN previous_status ENUM('active', 'away') DEFAULT 'away';

UPDATE alembic_version SET version_num='f9b0000a0002' WHERE alembic_version.version_num = 'f9b0000a0001';


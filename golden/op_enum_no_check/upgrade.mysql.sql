-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c8e0000a0001, enums without checks

-- versions/c8e0000a0001_enums_without_checks.mig:9
CREATE TABLE person (
    id INTEGER NOT NULL,
    size ENUM('s', 'm', 'l') DEFAULT 'm' NOT NULL,
    mood ENUM('sad', 'ok', 'happy'),
    shirt ENUM('s', 'm', 'l'),
    PRIMARY KEY (id)
);

-- versions/c8e0000a0001_enums_without_checks.mig:15
ALTER TABLE person ADD COLUMN shoe ENUM('narrow', 'wide');

-- versions/c8e0000a0001_enums_without_checks.mig:16
ALTER TABLE person MODIFY size ENUM('s', 'm', 'l', 'xl') NOT NULL DEFAULT 'm';

-- versions/c8e0000a0001_enums_without_checks.mig:17
ALTER TABLE person MODIFY shoe ENUM('narrow', 'broad', 'wide') NULL;

UPDATE person SET shoe = 'broad' WHERE shoe = 'wide';

ALTER TABLE person MODIFY shoe ENUM('narrow', 'broad') NULL;

-- versions/c8e0000a0001_enums_without_checks.mig:18
ALTER TABLE person MODIFY mood ENUM('sad', 'meh', 'ok', 'happy') NULL;

-- versions/c8e0000a0001_enums_without_checks.mig:19
ALTER TABLE person RENAME COLUMN size TO fit;

INSERT INTO alembic_version (version_num) VALUES ('c8e0000a0001');


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade c8e0000a0001 -> <base>, enums without checks

-- versions/c8e0000a0001_enums_without_checks.mig:23
ALTER TABLE person RENAME COLUMN fit TO size;

-- versions/c8e0000a0001_enums_without_checks.mig:24
ALTER TABLE person MODIFY mood ENUM('sad', 'ok', 'happy') NULL;

-- versions/c8e0000a0001_enums_without_checks.mig:25
ALTER TABLE person MODIFY shoe ENUM('narrow', 'wide', 'broad') NULL;

UPDATE person SET shoe = 'wide' WHERE shoe = 'broad';

ALTER TABLE person MODIFY shoe ENUM('narrow', 'wide') NULL;

-- versions/c8e0000a0001_enums_without_checks.mig:26
ALTER TABLE person MODIFY size ENUM('s', 'm', 'l') NOT NULL DEFAULT 'm';

-- versions/c8e0000a0001_enums_without_checks.mig:27
ALTER TABLE person DROP COLUMN shoe;

-- versions/c8e0000a0001_enums_without_checks.mig:28
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c8e0000a0001';


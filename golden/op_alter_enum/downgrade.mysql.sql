-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade e1a0000a0004 -> e1a0000a0003, add a value and use it

-- versions/e1a0000a0004_use.mig:16
ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'elated', 'calm') NOT NULL DEFAULT 'ok';

-- versions/e1a0000a0004_use.mig:17
ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'elated') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'elated') NULL DEFAULT 'glad';

UPDATE alembic_version SET version_num='e1a0000a0003' WHERE alembic_version.version_num = 'e1a0000a0004';

-- Running downgrade e1a0000a0003 -> e1a0000a0002, rename values

-- versions/e1a0000a0003_rename.mig:16
ALTER TABLE person MODIFY size ENUM('xs', 's', 'small', 'm', 'xl') NULL DEFAULT 's';

UPDATE person SET size = 's' WHERE size = 'small';

ALTER TABLE person MODIFY size ENUM('xs', 's', 'm', 'xl') NULL DEFAULT 's';

-- versions/e1a0000a0003_rename.mig:17
ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'happy', 'glad', 'elated') NOT NULL DEFAULT 'ok';

UPDATE person SET mood = 'happy' WHERE mood = 'glad';

ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'happy', 'elated') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'happy', 'glad', 'elated') NULL DEFAULT 'happy';

UPDATE visit SET mood = 'happy' WHERE mood = 'glad';

ALTER TABLE visit MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'happy', 'elated') NULL DEFAULT 'happy';

UPDATE alembic_version SET version_num='e1a0000a0002' WHERE alembic_version.version_num = 'e1a0000a0003';

-- Running downgrade e1a0000a0002 -> e1a0000a0001, add values

-- versions/e1a0000a0002_add.mig:19
ALTER TABLE person MODIFY size ENUM('s', 'm', 'xl') NULL DEFAULT 's';

-- versions/e1a0000a0002_add.mig:20
ALTER TABLE person MODIFY size ENUM('s', 'm') NULL DEFAULT 's';

-- versions/e1a0000a0002_add.mig:21
ALTER TABLE person MODIFY mood ENUM('sad', 'meh', 'ok', 'happy', 'elated') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'meh', 'ok', 'happy', 'elated') NULL DEFAULT 'happy';

-- versions/e1a0000a0002_add.mig:22
ALTER TABLE person MODIFY mood ENUM('sad', 'ok', 'happy', 'elated') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'ok', 'happy', 'elated') NULL DEFAULT 'happy';

-- versions/e1a0000a0002_add.mig:23
ALTER TABLE person MODIFY mood ENUM('sad', 'ok', 'happy') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'ok', 'happy') NULL DEFAULT 'happy';

UPDATE alembic_version SET version_num='e1a0000a0001' WHERE alembic_version.version_num = 'e1a0000a0002';

-- Running downgrade e1a0000a0001 -> <base>, enums

-- versions/e1a0000a0001_enums.mig:29
DROP TABLE visit;

-- versions/e1a0000a0001_enums.mig:30
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e1a0000a0001';


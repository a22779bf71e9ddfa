-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e1a0000a0001, enums

-- versions/e1a0000a0001_enums.mig:12
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood ENUM('sad', 'ok', 'happy') DEFAULT 'ok' NOT NULL,
    size ENUM('s', 'm') DEFAULT 's',
    PRIMARY KEY (id),
    CONSTRAINT ck_person_mood CHECK (mood <> 'sad' OR id > 0)
);

-- versions/e1a0000a0001_enums.mig:18
CREATE INDEX ix_person_mood ON person (mood);

-- versions/e1a0000a0001_enums.mig:22
CREATE TABLE visit (
    id INTEGER NOT NULL,
    mood ENUM('sad', 'ok', 'happy') DEFAULT 'happy',
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('e1a0000a0001');

-- Running upgrade e1a0000a0001 -> e1a0000a0002, add values

-- versions/e1a0000a0002_add.mig:11
ALTER TABLE person MODIFY mood ENUM('sad', 'ok', 'happy', 'elated') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'ok', 'happy', 'elated') NULL DEFAULT 'happy';

-- versions/e1a0000a0002_add.mig:12
ALTER TABLE person MODIFY mood ENUM('sad', 'meh', 'ok', 'happy', 'elated') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'meh', 'ok', 'happy', 'elated') NULL DEFAULT 'happy';

-- versions/e1a0000a0002_add.mig:13
ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'happy', 'elated') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'happy', 'elated') NULL DEFAULT 'happy';

-- versions/e1a0000a0002_add.mig:14
ALTER TABLE person MODIFY size ENUM('s', 'm', 'xl') NULL DEFAULT 's';

-- versions/e1a0000a0002_add.mig:15
ALTER TABLE person MODIFY size ENUM('xs', 's', 'm', 'xl') NULL DEFAULT 's';

UPDATE alembic_version SET version_num='e1a0000a0002' WHERE alembic_version.version_num = 'e1a0000a0001';

-- Running upgrade e1a0000a0002 -> e1a0000a0003, rename values

-- versions/e1a0000a0003_rename.mig:11
ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'happy', 'elated') NOT NULL DEFAULT 'ok';

UPDATE person SET mood = 'glad' WHERE mood = 'happy';

ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'elated') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'happy', 'elated') NULL DEFAULT 'glad';

UPDATE visit SET mood = 'glad' WHERE mood = 'happy';

ALTER TABLE visit MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'elated') NULL DEFAULT 'glad';

-- versions/e1a0000a0003_rename.mig:12
ALTER TABLE person MODIFY size ENUM('xs', 'small', 's', 'm', 'xl') NULL DEFAULT 'small';

UPDATE person SET size = 'small' WHERE size = 's';

ALTER TABLE person MODIFY size ENUM('xs', 'small', 'm', 'xl') NULL DEFAULT 'small';

UPDATE alembic_version SET version_num='e1a0000a0003' WHERE alembic_version.version_num = 'e1a0000a0002';

-- Running upgrade e1a0000a0003 -> e1a0000a0004, add a value and use it

-- versions/e1a0000a0004_use.mig:11
ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'elated', 'calm') NOT NULL DEFAULT 'ok';

ALTER TABLE visit MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'elated', 'calm') NULL DEFAULT 'glad';

-- versions/e1a0000a0004_use.mig:12
ALTER TABLE person MODIFY mood ENUM('sad', 'glum', 'meh', 'ok', 'glad', 'elated', 'calm') NOT NULL DEFAULT 'calm';

UPDATE alembic_version SET version_num='e1a0000a0004' WHERE alembic_version.version_num = 'e1a0000a0003';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000e101, an enum and a column of its own kind

-- versions/aaaa0000e101_mood.mig:6
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood ENUM('sad', 'ok'),
    size ENUM('s', 'm'),
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000e101');

-- Running upgrade aaaa0000e101 -> aaaa0000e102, values added, and a downgrade that forgets one of each

-- versions/aaaa0000e102_values.mig:6
ALTER TABLE person MODIFY mood ENUM('sad', 'ok', 'happy') NULL;

-- versions/aaaa0000e102_values.mig:7
ALTER TABLE person MODIFY mood ENUM('sad', 'ok', 'happy', 'glad') NULL;

-- versions/aaaa0000e102_values.mig:8
ALTER TABLE person MODIFY size ENUM('s', 'm', 'l') NULL;

-- versions/aaaa0000e102_values.mig:9
ALTER TABLE person MODIFY size ENUM('s', 'm', 'l', 'xl') NULL;

UPDATE alembic_version SET version_num='aaaa0000e102' WHERE alembic_version.version_num = 'aaaa0000e101';

-- Running upgrade aaaa0000e102 -> aaaa0000e103, a value of the inline enum alone, forgotten

-- versions/aaaa0000e103_more.mig:6
ALTER TABLE person MODIFY size ENUM('s', 'm', 'l', 'xl', 'xxl') NULL;

UPDATE alembic_version SET version_num='aaaa0000e103' WHERE alembic_version.version_num = 'aaaa0000e102';


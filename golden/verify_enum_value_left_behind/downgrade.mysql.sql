-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade aaaa0000e103 -> aaaa0000e102, a value of the inline enum alone, forgotten

UPDATE alembic_version SET version_num='aaaa0000e102' WHERE alembic_version.version_num = 'aaaa0000e103';

-- Running downgrade aaaa0000e102 -> aaaa0000e101, values added, and a downgrade that forgets one of each

-- versions/aaaa0000e102_values.mig:13
ALTER TABLE person MODIFY size ENUM('s', 'm', 'l', 'xxl') NULL;

-- versions/aaaa0000e102_values.mig:14
ALTER TABLE person MODIFY mood ENUM('sad', 'ok', 'happy') NULL;

UPDATE alembic_version SET version_num='aaaa0000e101' WHERE alembic_version.version_num = 'aaaa0000e102';

-- Running downgrade aaaa0000e101 -> <base>, an enum and a column of its own kind

-- versions/aaaa0000e101_mood.mig:10
DROP TABLE person;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000e101';


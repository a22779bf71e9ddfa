-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade e5a0000a0002 -> e5a0000a0001, values change under the key

-- versions/e5a0000a0002_values.mig:13
ALTER TABLE person DROP FOREIGN KEY person_ibfk_1;

ALTER TABLE kind MODIFY m ENUM('sad', 'meh', 'ok', 'happy', 'glad') NOT NULL;

UPDATE kind SET m = 'happy' WHERE m = 'glad';

ALTER TABLE kind MODIFY m ENUM('sad', 'meh', 'ok', 'happy') NOT NULL;

ALTER TABLE person MODIFY m ENUM('sad', 'meh', 'ok', 'happy', 'glad') NULL;

UPDATE person SET m = 'happy' WHERE m = 'glad';

ALTER TABLE person MODIFY m ENUM('sad', 'meh', 'ok', 'happy') NULL;

ALTER TABLE person ADD CONSTRAINT person_ibfk_1 FOREIGN KEY (m) REFERENCES kind (m);

-- versions/e5a0000a0002_values.mig:14
ALTER TABLE person DROP FOREIGN KEY person_ibfk_1;

ALTER TABLE kind MODIFY m ENUM('sad', 'ok', 'happy') NOT NULL;

ALTER TABLE person MODIFY m ENUM('sad', 'ok', 'happy') NULL;

ALTER TABLE person ADD CONSTRAINT person_ibfk_1 FOREIGN KEY (m) REFERENCES kind (m);

UPDATE alembic_version SET version_num='e5a0000a0001' WHERE alembic_version.version_num = 'e5a0000a0002';

-- Running downgrade e5a0000a0001 -> <base>, kinds, and people of a kind

-- versions/e5a0000a0001_kinds.mig:35
DROP TABLE person;

-- versions/e5a0000a0001_kinds.mig:36
DROP TABLE owner;

-- versions/e5a0000a0001_kinds.mig:37
DROP TABLE kind;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e5a0000a0001';


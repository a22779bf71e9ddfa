-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e5a0000a0001, kinds, and people of a kind

-- versions/e5a0000a0001_kinds.mig:13
CREATE TABLE kind (
    m ENUM('sad', 'ok', 'happy') NOT NULL,
    PRIMARY KEY (m)
);

-- versions/e5a0000a0001_kinds.mig:16
CREATE TABLE owner (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/e5a0000a0001_kinds.mig:21
CREATE TABLE person (
    id INTEGER NOT NULL,
    m ENUM('sad', 'ok', 'happy'),
    owner_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (m) REFERENCES kind (m),
    FOREIGN KEY (owner_id) REFERENCES owner (id)
);

INSERT INTO alembic_version (version_num) VALUES ('e5a0000a0001');

-- Running upgrade e5a0000a0001 -> e5a0000a0002, values change under the key

-- versions/e5a0000a0002_values.mig:8
ALTER TABLE person DROP FOREIGN KEY person_ibfk_1;

ALTER TABLE kind MODIFY m ENUM('sad', 'meh', 'ok', 'happy') NOT NULL;

ALTER TABLE person MODIFY m ENUM('sad', 'meh', 'ok', 'happy') NULL;

ALTER TABLE person ADD CONSTRAINT person_ibfk_1 FOREIGN KEY (m) REFERENCES kind (m);

-- versions/e5a0000a0002_values.mig:9
ALTER TABLE person DROP FOREIGN KEY person_ibfk_1;

ALTER TABLE kind MODIFY m ENUM('sad', 'meh', 'ok', 'glad', 'happy') NOT NULL;

UPDATE kind SET m = 'glad' WHERE m = 'happy';

ALTER TABLE kind MODIFY m ENUM('sad', 'meh', 'ok', 'glad') NOT NULL;

ALTER TABLE person MODIFY m ENUM('sad', 'meh', 'ok', 'glad', 'happy') NULL;

UPDATE person SET m = 'glad' WHERE m = 'happy';

ALTER TABLE person MODIFY m ENUM('sad', 'meh', 'ok', 'glad') NULL;

ALTER TABLE person ADD CONSTRAINT person_ibfk_1 FOREIGN KEY (m) REFERENCES kind (m);

UPDATE alembic_version SET version_num='e5a0000a0002' WHERE alembic_version.version_num = 'e5a0000a0001';


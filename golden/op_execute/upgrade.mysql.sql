-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c3f0000a0001, execute sql

-- versions/c3f0000a0001_execute_sql.mig:8
CREATE TABLE kv (k varchar(40) PRIMARY KEY, v text);

-- versions/c3f0000a0001_execute_sql.mig:9
INSERT INTO kv (k, v) VALUES ('greeting', 'it''s me');

-- versions/c3f0000a0001_execute_sql.mig:10
INSERT INTO kv (k, v) VALUES ('path', 'C:\dir'), ('semi', 'a;b');

-- versions/c3f0000a0001_execute_sql.mig:15
UPDATE kv SET v = upper(v) WHERE k = 'greeting';

-- versions/c3f0000a0001_execute_sql.mig:17
INSERT INTO kv (k, v) VALUES ('dialect', 'pg or mysql');

-- versions/c3f0000a0001_execute_sql.mig:18
ALTER TABLE kv ENGINE = InnoDB;

-- versions/c3f0000a0001_execute_sql.mig:19
REPLACE INTO kv (k, v) VALUES ('dialect', 'sqlite or mysql');

INSERT INTO alembic_version (version_num) VALUES ('c3f0000a0001');


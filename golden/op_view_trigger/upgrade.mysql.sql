-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d1e0000a0001, views and a trigger

-- versions/d1e0000a0001_views.mig:10
CREATE TABLE account (
    id INTEGER NOT NULL,
    Email VARCHAR(100) NOT NULL,
    active BOOL DEFAULT true NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d1e0000a0001_views.mig:15
CREATE TABLE audit (
    id INTEGER AUTO_INCREMENT NOT NULL,
    account_id INTEGER,
    what VARCHAR(20),
    PRIMARY KEY (id)
);

-- versions/d1e0000a0001_views.mig:20
CREATE VIEW active_account AS SELECT id, `Email` FROM account WHERE active;

-- versions/d1e0000a0001_views.mig:21
CREATE VIEW active_count AS SELECT count(*) AS n FROM active_account;

-- versions/d1e0000a0001_views.mig:22
CREATE VIEW audit_size AS SELECT count(*) AS n FROM audit;

-- versions/d1e0000a0001_views.mig:32
DELIMITER $$
CREATE TRIGGER account_audit AFTER INSERT ON account FOR EACH ROW
            BEGIN
                INSERT INTO audit (account_id, what) VALUES (NEW.id, 'insert');
            END$$
DELIMITER ;

INSERT INTO alembic_version (version_num) VALUES ('d1e0000a0001');

-- Running upgrade d1e0000a0001 -> d1e0000a0002, renames under the views

-- versions/d1e0000a0002_renames.mig:12
DROP VIEW active_count;

-- versions/d1e0000a0002_renames.mig:13
DROP VIEW active_account;

-- versions/d1e0000a0002_renames.mig:15
ALTER TABLE account RENAME COLUMN Email TO email;

-- versions/d1e0000a0002_renames.mig:16
ALTER TABLE account RENAME TO member;

-- versions/d1e0000a0002_renames.mig:18
CREATE VIEW active_account AS SELECT id, email FROM member WHERE active;

-- versions/d1e0000a0002_renames.mig:19
CREATE VIEW active_count AS SELECT count(*) AS n FROM active_account;

UPDATE alembic_version SET version_num='d1e0000a0002' WHERE alembic_version.version_num = 'd1e0000a0001';

-- Running upgrade d1e0000a0002 -> d1e0000a0003, a change under the views

-- versions/d1e0000a0003_copy.mig:15
ALTER TABLE member MODIFY email VARCHAR(200) NOT NULL;

-- versions/d1e0000a0003_copy.mig:20
CREATE OR REPLACE VIEW active_account AS SELECT id, email, active FROM member WHERE active;

UPDATE alembic_version SET version_num='d1e0000a0003' WHERE alembic_version.version_num = 'd1e0000a0002';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade b8a0000a0001 -> <base>, recreate tables

CREATE TABLE _retort_tmp_ticket (
    id INTEGER NOT NULL,
    title TEXT
);

INSERT INTO _retort_tmp_ticket (id, title) SELECT id, title FROM ticket;

DROP TABLE ticket;

ALTER TABLE _retort_tmp_ticket RENAME TO ticket;

ALTER TABLE ticket ADD PRIMARY KEY (id);

ALTER TABLE ticket MODIFY id INTEGER AUTO_INCREMENT NOT NULL;

CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
    size ENUM('s', 'm') DEFAULT 's',
    score INTEGER DEFAULT 0 NOT NULL
) COMMENT 'people';

INSERT INTO _retort_tmp_member (id, org_id, email, size, score) SELECT id, org_id, email, size, points FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

ALTER TABLE member ADD PRIMARY KEY (id);

ALTER TABLE member ADD UNIQUE (email);

CREATE INDEX ix_member_org ON member (org_id);

ALTER TABLE member ADD CONSTRAINT ck_member_score CHECK (score >= 0);

ALTER TABLE member ADD FOREIGN KEY (org_id) REFERENCES org (id);

DELIMITER $$
CREATE TRIGGER member_audit
            AFTER INSERT ON member FOR EACH ROW
            BEGIN
                INSERT INTO audit (member_id) VALUES (NEW.id);
            END$$
DELIMITER ;

-- versions/b8a0000a0001_recreate_tables.mig:53
DROP TABLE ticket;

-- versions/b8a0000a0001_recreate_tables.mig:54
DROP TRIGGER member_audit;

-- versions/b8a0000a0001_recreate_tables.mig:56
DROP TABLE audit;

-- versions/b8a0000a0001_recreate_tables.mig:57
DROP TABLE member;

-- versions/b8a0000a0001_recreate_tables.mig:58
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b8a0000a0001';


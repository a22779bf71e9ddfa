-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b8a0000a0001, recreate tables

-- versions/b8a0000a0001_recreate_tables.mig:10
CREATE TABLE org (
    id INTEGER NOT NULL,
    name TEXT,
    PRIMARY KEY (id)
);

-- versions/b8a0000a0001_recreate_tables.mig:11
CREATE TABLE member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
    size ENUM('s', 'm') DEFAULT 's',
    score INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (org_id) REFERENCES org (id),
    UNIQUE (email),
    CONSTRAINT ck_member_score CHECK (score >= 0)
) COMMENT 'people';

-- versions/b8a0000a0001_recreate_tables.mig:19
CREATE INDEX ix_member_org ON member (org_id);

-- versions/b8a0000a0001_recreate_tables.mig:20
CREATE TABLE audit (
    member_id INTEGER,
    at DATETIME
);

-- versions/b8a0000a0001_recreate_tables.mig:22
DELIMITER $$
CREATE TRIGGER member_audit
            AFTER INSERT ON member FOR EACH ROW
            BEGIN
                INSERT INTO audit (member_id) VALUES (NEW.id);
            END$$
DELIMITER ;

-- versions/b8a0000a0001_recreate_tables.mig:27
CREATE TABLE ticket (
    id INTEGER AUTO_INCREMENT NOT NULL,
    title TEXT,
    PRIMARY KEY (id)
);

CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
    size ENUM('s', 'm') DEFAULT 's',
    points INTEGER DEFAULT 0 NOT NULL,
    note TEXT
) COMMENT 'people';

INSERT INTO _retort_tmp_member (id, org_id, email, size, points) SELECT id, org_id, email, size, score FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

ALTER TABLE member ADD PRIMARY KEY (id);

ALTER TABLE member ADD UNIQUE (email);

CREATE INDEX ix_member_org ON member (org_id);

ALTER TABLE member ADD CONSTRAINT ck_member_score CHECK (points >= 0);

ALTER TABLE member ADD FOREIGN KEY (org_id) REFERENCES org (id);

DELIMITER $$
CREATE TRIGGER member_audit
            AFTER INSERT ON member FOR EACH ROW
            BEGIN
                INSERT INTO audit (member_id) VALUES (NEW.id);
            END$$
DELIMITER ;

CREATE TABLE _retort_tmp_audit (
    member_id INTEGER,
    at DATETIME
);

INSERT INTO _retort_tmp_audit (member_id, at) SELECT member_id, at FROM audit;

DROP TABLE audit;

ALTER TABLE _retort_tmp_audit RENAME TO audit;

CREATE TABLE _retort_tmp_ticket (
    id INTEGER NOT NULL,
    title TEXT,
    done BOOL DEFAULT false NOT NULL
);

INSERT INTO _retort_tmp_ticket (id, title) SELECT id, title FROM ticket;

DROP TABLE ticket;

ALTER TABLE _retort_tmp_ticket RENAME TO ticket;

ALTER TABLE ticket ADD PRIMARY KEY (id);

ALTER TABLE ticket MODIFY id INTEGER AUTO_INCREMENT NOT NULL;

INSERT INTO alembic_version (version_num) VALUES ('b8a0000a0001');


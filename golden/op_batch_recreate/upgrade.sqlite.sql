PRAGMA foreign_keys = OFF;

BEGIN;

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
    size VARCHAR(1) DEFAULT 's',
    score INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (org_id) REFERENCES org (id),
    UNIQUE (email),
    CHECK (size IN ('s', 'm')),
    CONSTRAINT ck_member_score CHECK (score >= 0)
);

-- sqlite keeps no comments: table member: people

-- versions/b8a0000a0001_recreate_tables.mig:19
CREATE INDEX ix_member_org ON member (org_id);

-- versions/b8a0000a0001_recreate_tables.mig:20
CREATE TABLE audit (
    member_id INTEGER,
    at DATETIME
);

-- versions/b8a0000a0001_recreate_tables.mig:22
CREATE TRIGGER member_audit
            AFTER INSERT ON member FOR EACH ROW
            BEGIN
                INSERT INTO audit (member_id) VALUES (NEW.id);
            END;

-- versions/b8a0000a0001_recreate_tables.mig:27
CREATE TABLE ticket (
    id INTEGER NOT NULL,
    title TEXT,
    PRIMARY KEY (id)
);

-- versions/b8a0000a0001_recreate_tables.mig:29
CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    points INTEGER DEFAULT 0 NOT NULL,
    note TEXT,
    CHECK (size IN ('s', 'm')),
    PRIMARY KEY (id),
    UNIQUE (email),
    CONSTRAINT ck_member_score CHECK (points >= 0),
    FOREIGN KEY (org_id) REFERENCES org (id)
);

INSERT INTO _retort_tmp_member (id, org_id, email, size, points) SELECT id, org_id, email, size, score FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

CREATE INDEX ix_member_org ON member (org_id);

CREATE TRIGGER member_audit
            AFTER INSERT ON member FOR EACH ROW
            BEGIN
                INSERT INTO audit (member_id) VALUES (NEW.id);
            END;

PRAGMA foreign_key_check(member);

-- versions/b8a0000a0001_recreate_tables.mig:33
DROP TRIGGER member_audit;

CREATE TABLE _retort_tmp_audit (
    member_id INTEGER,
    at DATETIME
);

INSERT INTO _retort_tmp_audit (member_id, at) SELECT member_id, at FROM audit;

DROP TABLE audit;

ALTER TABLE _retort_tmp_audit RENAME TO audit;

CREATE TRIGGER member_audit
            AFTER INSERT ON member FOR EACH ROW
            BEGIN
                INSERT INTO audit (member_id) VALUES (NEW.id);
            END;

PRAGMA foreign_key_check(audit);

-- versions/b8a0000a0001_recreate_tables.mig:36
CREATE TABLE _retort_tmp_ticket (
    id INTEGER NOT NULL,
    title TEXT,
    done BOOLEAN DEFAULT false NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_ticket (id, title) SELECT id, title FROM ticket;

DROP TABLE ticket;

ALTER TABLE _retort_tmp_ticket RENAME TO ticket;

PRAGMA foreign_key_check(ticket);

INSERT INTO alembic_version (version_num) VALUES ('b8a0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;


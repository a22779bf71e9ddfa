PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade b8a0000a0001 -> <base>, recreate tables

-- versions/b8a0000a0001_recreate_tables.mig:44
CREATE TABLE _retort_tmp_ticket (
    id INTEGER NOT NULL,
    title TEXT,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_ticket (id, title) SELECT id, title FROM ticket;

DROP TABLE ticket;

ALTER TABLE _retort_tmp_ticket RENAME TO ticket;

PRAGMA foreign_key_check(ticket);

-- versions/b8a0000a0001_recreate_tables.mig:48
CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    score INTEGER DEFAULT 0 NOT NULL,
    CHECK (size IN ('s', 'm')),
    PRIMARY KEY (id),
    UNIQUE (email),
    CONSTRAINT ck_member_score CHECK (score >= 0),
    FOREIGN KEY (org_id) REFERENCES org (id)
);

INSERT INTO _retort_tmp_member (id, org_id, email, size, score) SELECT id, org_id, email, size, points FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

CREATE INDEX ix_member_org ON member (org_id);

CREATE TRIGGER member_audit
            AFTER INSERT ON member FOR EACH ROW
            BEGIN
                INSERT INTO audit (member_id) VALUES (NEW.id);
            END;

PRAGMA foreign_key_check(member);

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

COMMIT;

PRAGMA foreign_keys = ON;


PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d1e0000a0001, views and a trigger

-- versions/d1e0000a0001_views.mig:10
CREATE TABLE account (
    id INTEGER NOT NULL,
    Email VARCHAR(100) NOT NULL,
    active BOOLEAN DEFAULT true NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d1e0000a0001_views.mig:15
CREATE TABLE audit (
    id INTEGER NOT NULL,
    account_id INTEGER,
    what VARCHAR(20),
    PRIMARY KEY (id)
);

-- versions/d1e0000a0001_views.mig:20
CREATE VIEW active_account AS SELECT id, "Email" FROM account WHERE active;

-- versions/d1e0000a0001_views.mig:21
CREATE VIEW active_count AS SELECT count(*) AS n FROM active_account;

-- versions/d1e0000a0001_views.mig:22
CREATE VIEW audit_size AS SELECT count(*) AS n FROM audit;

-- versions/d1e0000a0001_views.mig:40
CREATE TRIGGER account_audit AFTER INSERT ON account
            BEGIN
                INSERT INTO audit (account_id, what) VALUES (NEW.id, 'insert');
            END;

INSERT INTO alembic_version (version_num) VALUES ('d1e0000a0001');

-- Running upgrade d1e0000a0001 -> d1e0000a0002, renames under the views

-- versions/d1e0000a0002_renames.mig:15
ALTER TABLE account RENAME Email TO email;

-- versions/d1e0000a0002_renames.mig:16
ALTER TABLE account RENAME TO member;

UPDATE alembic_version SET version_num='d1e0000a0002' WHERE alembic_version.version_num = 'd1e0000a0001';

-- Running upgrade d1e0000a0002 -> d1e0000a0003, a change under the views

-- versions/d1e0000a0003_copy.mig:15
DROP VIEW active_account;

DROP VIEW active_count;

CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    email VARCHAR(200) NOT NULL,
    active BOOLEAN DEFAULT true NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_member (id, email, active) SELECT id, email, active FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

CREATE VIEW active_account AS SELECT id, email FROM member WHERE active;

CREATE VIEW active_count AS SELECT count(*) AS n FROM active_account;

CREATE TRIGGER account_audit AFTER INSERT ON member
            BEGIN
                INSERT INTO audit (account_id, what) VALUES (NEW.id, 'insert');
            END;

PRAGMA foreign_key_check(member);

-- versions/d1e0000a0003_copy.mig:20
DROP VIEW IF EXISTS active_account;

CREATE VIEW active_account AS SELECT id, email, active FROM member WHERE active;

UPDATE alembic_version SET version_num='d1e0000a0003' WHERE alembic_version.version_num = 'd1e0000a0002';

COMMIT;

PRAGMA foreign_keys = ON;


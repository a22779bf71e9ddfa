PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade d1e0000a0003 -> d1e0000a0002, a change under the views

-- versions/d1e0000a0003_copy.mig:27
DROP VIEW IF EXISTS active_account;

CREATE VIEW active_account AS SELECT id, email FROM member WHERE active;

-- versions/d1e0000a0003_copy.mig:33
DROP VIEW active_account;

DROP VIEW active_count;

CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
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

UPDATE alembic_version SET version_num='d1e0000a0002' WHERE alembic_version.version_num = 'd1e0000a0003';

-- Running downgrade d1e0000a0002 -> d1e0000a0001, renames under the views

-- versions/d1e0000a0002_renames.mig:28
ALTER TABLE member RENAME TO account;

-- versions/d1e0000a0002_renames.mig:29
ALTER TABLE account RENAME email TO Email;

UPDATE alembic_version SET version_num='d1e0000a0001' WHERE alembic_version.version_num = 'd1e0000a0002';

-- Running downgrade d1e0000a0001 -> <base>, views and a trigger

-- versions/d1e0000a0001_views.mig:50
DROP TRIGGER account_audit;

-- versions/d1e0000a0001_views.mig:54
DROP VIEW audit_size;

-- versions/d1e0000a0001_views.mig:55
DROP VIEW active_count;

-- versions/d1e0000a0001_views.mig:56
DROP VIEW active_account;

-- versions/d1e0000a0001_views.mig:57
DROP TABLE audit;

-- versions/d1e0000a0001_views.mig:58
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd1e0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


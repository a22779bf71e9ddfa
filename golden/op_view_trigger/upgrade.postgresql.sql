SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d1e0000a0001, views and a trigger

-- versions/d1e0000a0001_views.mig:10
CREATE TABLE account (
    id INTEGER NOT NULL,
    "Email" VARCHAR(100) NOT NULL,
    active BOOLEAN DEFAULT true NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d1e0000a0001_views.mig:15
CREATE TABLE audit (
    id SERIAL NOT NULL,
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

-- versions/d1e0000a0001_views.mig:24
CREATE FUNCTION account_audit() RETURNS trigger LANGUAGE plpgsql AS
            'BEGIN INSERT INTO audit (account_id, what) VALUES (NEW.id, ''insert''); RETURN NEW; END';

-- versions/d1e0000a0001_views.mig:26
CREATE TRIGGER account_audit AFTER INSERT ON account
            FOR EACH ROW EXECUTE FUNCTION account_audit();

INSERT INTO alembic_version (version_num) VALUES ('d1e0000a0001');

-- Running upgrade d1e0000a0001 -> d1e0000a0002, renames under the views

-- versions/d1e0000a0002_renames.mig:15
ALTER TABLE account RENAME "Email" TO email;

-- versions/d1e0000a0002_renames.mig:16
ALTER TABLE account RENAME TO member;

UPDATE alembic_version SET version_num='d1e0000a0002' WHERE alembic_version.version_num = 'd1e0000a0001';

-- Running upgrade d1e0000a0002 -> d1e0000a0003, a change under the views

-- versions/d1e0000a0003_copy.mig:12
DROP VIEW active_count;

-- versions/d1e0000a0003_copy.mig:13
DROP VIEW active_account;

-- versions/d1e0000a0003_copy.mig:15
ALTER TABLE member ALTER COLUMN email TYPE VARCHAR(200);

-- versions/d1e0000a0003_copy.mig:17
CREATE VIEW active_account AS SELECT id, email FROM member WHERE active;

-- versions/d1e0000a0003_copy.mig:18
CREATE VIEW active_count AS SELECT count(*) AS n FROM active_account;

-- versions/d1e0000a0003_copy.mig:20
CREATE OR REPLACE VIEW active_account AS SELECT id, email, active FROM member WHERE active;

UPDATE alembic_version SET version_num='d1e0000a0003' WHERE alembic_version.version_num = 'd1e0000a0002';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c0c0c0c0c001, constraints nobody named

-- versions/c0c0c0c0c001_unnamed.mig:6
CREATE TABLE org (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/c0c0c0c0c001_unnamed.mig:7
CREATE TABLE member (
    id INTEGER NOT NULL,
    org_id INTEGER,
    email VARCHAR(100),
    handle VARCHAR(30),
    PRIMARY KEY (id),
    FOREIGN KEY (org_id) REFERENCES org (id),
    UNIQUE (email),
    UNIQUE (org_id, handle)
);

INSERT INTO alembic_version (version_num) VALUES ('c0c0c0c0c001');

-- Running upgrade c0c0c0c0c001 -> c0c0c0c0c002, drop them by the names the database gave them

-- versions/c0c0c0c0c002_drop_by_generated_name.mig:9
ALTER TABLE member DROP CONSTRAINT member_email_key;

-- versions/c0c0c0c0c002_drop_by_generated_name.mig:10
ALTER TABLE member DROP CONSTRAINT member_org_id_handle_key;

-- versions/c0c0c0c0c002_drop_by_generated_name.mig:11
ALTER TABLE member DROP CONSTRAINT member_org_id_fkey;

UPDATE alembic_version SET version_num='c0c0c0c0c002' WHERE alembic_version.version_num = 'c0c0c0c0c001';

COMMIT;


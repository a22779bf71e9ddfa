SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d4f0000a0001, create tables

-- versions/d4f0000a0001_create_tables.mig:7
CREATE TABLE org (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d4f0000a0001_create_tables.mig:10
CREATE TABLE account (
    name TEXT
);

INSERT INTO alembic_version (version_num) VALUES ('d4f0000a0001');

-- Running upgrade d4f0000a0001 -> d4f0000a0002, add columns

-- versions/d4f0000a0002_add_columns.mig:8
ALTER TABLE account ADD COLUMN id BIGSERIAL NOT NULL PRIMARY KEY;

-- versions/d4f0000a0002_add_columns.mig:9
ALTER TABLE account ADD COLUMN last_login TIMESTAMP WITH TIME ZONE;

-- versions/d4f0000a0002_add_columns.mig:10
ALTER TABLE account ADD COLUMN login_count INTEGER DEFAULT 0 NOT NULL;

-- versions/d4f0000a0002_add_columns.mig:11
ALTER TABLE account ADD COLUMN email VARCHAR(255) UNIQUE;

COMMENT ON COLUMN account.email IS 'login e-mail';

-- versions/d4f0000a0002_add_columns.mig:12
ALTER TABLE account ADD COLUMN org_id INTEGER REFERENCES org (id) ON DELETE CASCADE ON UPDATE SET NULL;

-- versions/d4f0000a0002_add_columns.mig:14
ALTER TABLE account ADD COLUMN org2_id INTEGER REFERENCES org ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED;

-- versions/d4f0000a0002_add_columns.mig:20
ALTER TABLE account ADD COLUMN flags JSONB DEFAULT ('{}'::jsonb) NOT NULL;

-- versions/d4f0000a0002_add_columns.mig:25
ALTER TABLE account ADD COLUMN code CHAR(3) DEFAULT 'A''B' NOT NULL;

-- versions/d4f0000a0002_add_columns.mig:26
ALTER TABLE account ADD COLUMN state VARCHAR(6) DEFAULT 'new' NOT NULL CHECK (state IN ('new', 'active', 'closed'));

-- versions/d4f0000a0002_add_columns.mig:27
ALTER TABLE account ADD COLUMN score DOUBLE PRECISION DEFAULT -1.5e-2;

-- versions/d4f0000a0002_add_columns.mig:28
ALTER TABLE account ADD COLUMN verified BOOLEAN DEFAULT false;

UPDATE alembic_version SET version_num='d4f0000a0002' WHERE alembic_version.version_num = 'd4f0000a0001';

COMMIT;


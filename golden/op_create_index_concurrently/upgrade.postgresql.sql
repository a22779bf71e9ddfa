SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d1f0000a0001, create visit

-- versions/d1f0000a0001_create_visit.mig:7
CREATE TABLE visit (
    id BIGSERIAL NOT NULL,
    path TEXT NOT NULL,
    visited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('d1f0000a0001');

COMMIT;

-- Running upgrade d1f0000a0001 -> d1f0000a0002, index visit concurrently

-- versions/d1f0000a0002_index_visit_concurrently.mig:10
CREATE INDEX CONCURRENTLY ix_visit_path ON visit (path);

-- versions/d1f0000a0002_index_visit_concurrently.mig:11
CREATE UNIQUE INDEX CONCURRENTLY uq_visit_at ON visit USING btree (visited_at DESC, id) WHERE path <> '/';

UPDATE alembic_version SET version_num='d1f0000a0002' WHERE alembic_version.version_num = 'd1f0000a0001';

BEGIN;

-- Running upgrade d1f0000a0002 -> d1f0000a0003, add referrer

-- versions/d1f0000a0003_add_referrer.mig:8
ALTER TABLE visit ADD COLUMN referrer TEXT;

UPDATE alembic_version SET version_num='d1f0000a0003' WHERE alembic_version.version_num = 'd1f0000a0002';

COMMIT;


PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d1f0000a0001, create visit

-- versions/d1f0000a0001_create_visit.mig:7
CREATE TABLE visit (
    id INTEGER NOT NULL,
    path TEXT NOT NULL,
    visited_at DATETIME NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('d1f0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;

-- Running upgrade d1f0000a0001 -> d1f0000a0002, index visit concurrently

-- versions/d1f0000a0002_index_visit_concurrently.mig:15
CREATE INDEX ix_visit_path ON visit (path);

-- versions/d1f0000a0002_index_visit_concurrently.mig:16
CREATE UNIQUE INDEX uq_visit_at ON visit (visited_at DESC, id) WHERE path <> '/';

UPDATE alembic_version SET version_num='d1f0000a0002' WHERE alembic_version.version_num = 'd1f0000a0001';

PRAGMA foreign_keys = OFF;

BEGIN;

-- Running upgrade d1f0000a0002 -> d1f0000a0003, add referrer

-- versions/d1f0000a0003_add_referrer.mig:8
ALTER TABLE visit ADD COLUMN referrer TEXT;

UPDATE alembic_version SET version_num='d1f0000a0003' WHERE alembic_version.version_num = 'd1f0000a0002';

COMMIT;

PRAGMA foreign_keys = ON;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d0d0d0d0d001, a table with expressions that name its columns

-- versions/d0d0d0d0d001_base.mig:6
CREATE TABLE t (
    id INTEGER NOT NULL,
    email VARCHAR(200),
    x INTEGER,
    y VARCHAR(100),
    seen TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    UNIQUE (seen),
    CONSTRAINT ck_t_x CHECK (x > 0)
);

-- versions/d0d0d0d0d001_base.mig:14
CREATE INDEX ix_t_email ON t (email);

-- versions/d0d0d0d0d001_base.mig:15
CREATE INDEX ix_t_lower_y ON t (lower(y));

-- versions/d0d0d0d0d001_base.mig:17
CREATE INDEX ix_t_positive ON t (id) WHERE x > 0;

-- versions/d0d0d0d0d001_base.mig:19
CREATE TABLE visit (
    day TIMESTAMP WITHOUT TIME ZONE,
    FOREIGN KEY (day) REFERENCES t (seen)
);

INSERT INTO alembic_version (version_num) VALUES ('d0d0d0d0d001');

-- Running upgrade d0d0d0d0d001 -> d0d0d0d0d002, renames and drops the database carries through

-- versions/d0d0d0d0d002_renames_and_drops.mig:7
ALTER TABLE t RENAME email TO mail;

-- versions/d0d0d0d0d002_renames_and_drops.mig:8
ALTER TABLE t DROP COLUMN x;

-- versions/d0d0d0d0d002_renames_and_drops.mig:9
ALTER TABLE t DROP COLUMN y;

-- versions/d0d0d0d0d002_renames_and_drops.mig:10
ALTER TABLE t RENAME TO u;

-- versions/d0d0d0d0d002_renames_and_drops.mig:11
CREATE TABLE t (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d0d0d0d0d002_renames_and_drops.mig:13
ALTER TABLE t DROP CONSTRAINT t_pkey1;

UPDATE alembic_version SET version_num='d0d0d0d0d002' WHERE alembic_version.version_num = 'd0d0d0d0d001';

COMMIT;


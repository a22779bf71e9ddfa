SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d0d0d0d0d002 -> d0d0d0d0d001, renames and drops the database carries through

-- versions/d0d0d0d0d002_renames_and_drops.mig:19
ALTER TABLE t ADD CONSTRAINT t_pkey1 PRIMARY KEY (id);

-- versions/d0d0d0d0d002_renames_and_drops.mig:21
DROP TABLE t;

-- versions/d0d0d0d0d002_renames_and_drops.mig:22
ALTER TABLE u RENAME TO t;

-- versions/d0d0d0d0d002_renames_and_drops.mig:23
ALTER TABLE t ADD COLUMN y VARCHAR(100);

-- versions/d0d0d0d0d002_renames_and_drops.mig:24
ALTER TABLE t ADD COLUMN x INTEGER;

-- versions/d0d0d0d0d002_renames_and_drops.mig:25
ALTER TABLE t ADD CONSTRAINT ck_t_x CHECK (x > 0);

-- versions/d0d0d0d0d002_renames_and_drops.mig:26
CREATE INDEX ix_t_lower_y ON t (lower(y));

-- versions/d0d0d0d0d002_renames_and_drops.mig:28
CREATE INDEX ix_t_positive ON t (id) WHERE x > 0;

-- versions/d0d0d0d0d002_renames_and_drops.mig:30
ALTER TABLE t RENAME mail TO email;

UPDATE alembic_version SET version_num='d0d0d0d0d001' WHERE alembic_version.version_num = 'd0d0d0d0d002';

-- Running downgrade d0d0d0d0d001 -> <base>, a table with expressions that name its columns

-- versions/d0d0d0d0d001_base.mig:23
DROP TABLE visit;

-- versions/d0d0d0d0d001_base.mig:24
DROP TABLE t;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd0d0d0d0d001';

COMMIT;


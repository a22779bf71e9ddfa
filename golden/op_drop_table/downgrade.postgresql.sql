SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b2d0000a0002 -> b2d0000a0001, drop child

-- versions/b2d0000a0002_drop_child.mig:12
CREATE TABLE child (
    id INTEGER NOT NULL,
    parent_id INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (parent_id) REFERENCES parent (id)
);

UPDATE alembic_version SET version_num='b2d0000a0001' WHERE alembic_version.version_num = 'b2d0000a0002';

-- Running downgrade b2d0000a0001 -> <base>, create tables

-- versions/b2d0000a0001_create_tables.mig:18
DROP TABLE child;

-- versions/b2d0000a0001_create_tables.mig:19
DROP TABLE parent;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b2d0000a0001';

COMMIT;


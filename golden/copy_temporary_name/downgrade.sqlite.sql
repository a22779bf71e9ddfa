PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade c7a0000a0001 -> <base>, a table named like the copy

-- versions/c7a0000a0001_names.mig:15
CREATE TABLE _retort_tmp_x_2 (
    id INTEGER NOT NULL,
    v VARCHAR(10),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_x_2 (id, v) SELECT id, v FROM x;

DROP TABLE x;

ALTER TABLE _retort_tmp_x_2 RENAME TO x;

PRAGMA foreign_key_check(x);

-- versions/c7a0000a0001_names.mig:16
DROP TABLE _retort_tmp_x;

-- versions/c7a0000a0001_names.mig:17
DROP TABLE x;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c7a0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


PRAGMA foreign_keys = OFF;

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
    seen DATETIME,
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
    day DATETIME,
    FOREIGN KEY (day) REFERENCES t (seen)
);

INSERT INTO alembic_version (version_num) VALUES ('d0d0d0d0d001');

-- Running upgrade d0d0d0d0d001 -> d0d0d0d0d002, renames and drops the database carries through

-- versions/d0d0d0d0d002_renames_and_drops.mig:7
ALTER TABLE t RENAME email TO mail;

-- versions/d0d0d0d0d002_renames_and_drops.mig:8
CREATE TABLE _retort_tmp_t (
    id INTEGER NOT NULL,
    mail VARCHAR(200),
    y VARCHAR(100),
    seen DATETIME,
    PRIMARY KEY (id),
    UNIQUE (seen)
);

INSERT INTO _retort_tmp_t (id, mail, y, seen) SELECT id, mail, y, seen FROM t;

DROP TABLE t;

ALTER TABLE _retort_tmp_t RENAME TO t;

CREATE INDEX ix_t_email ON t (mail);

CREATE INDEX ix_t_lower_y ON t (lower(y));

PRAGMA foreign_key_check(t);

-- versions/d0d0d0d0d002_renames_and_drops.mig:9
CREATE TABLE _retort_tmp_t (
    id INTEGER NOT NULL,
    mail VARCHAR(200),
    seen DATETIME,
    PRIMARY KEY (id),
    UNIQUE (seen)
);

INSERT INTO _retort_tmp_t (id, mail, seen) SELECT id, mail, seen FROM t;

DROP TABLE t;

ALTER TABLE _retort_tmp_t RENAME TO t;

CREATE INDEX ix_t_email ON t (mail);

PRAGMA foreign_key_check(t);

-- versions/d0d0d0d0d002_renames_and_drops.mig:10
ALTER TABLE t RENAME TO u;

-- versions/d0d0d0d0d002_renames_and_drops.mig:11
CREATE TABLE t (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='d0d0d0d0d002' WHERE alembic_version.version_num = 'd0d0d0d0d001';

COMMIT;

PRAGMA foreign_keys = ON;


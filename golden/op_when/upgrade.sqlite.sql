PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 7a1b2c3d4e5f, seed data per environment

-- versions/7a1b2c3d4e5f_seed.mig:9
CREATE TABLE account (
    id INTEGER NOT NULL,
    name VARCHAR(40) NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('7a1b2c3d4e5f');

COMMIT;

PRAGMA foreign_keys = ON;


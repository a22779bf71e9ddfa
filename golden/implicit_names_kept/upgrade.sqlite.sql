PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 5e0000000001, serial columns

-- versions/5e0000000001_serials.mig:13
CREATE TABLE Person (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind VARCHAR(5),
    PRIMARY KEY (id),
    CHECK (kind IN ('staff', 'guest'))
);

-- versions/5e0000000001_serials.mig:21
CREATE TABLE ticket (
    id INTEGER NOT NULL,
    title TEXT,
    rank INTEGER,
    PRIMARY KEY (id),
    CHECK (title <> ''),
    CHECK (rank > 0 AND title IS NOT NULL)
);

INSERT INTO alembic_version (version_num) VALUES ('5e0000000001');

-- Running upgrade 5e0000000001 -> 5e0000000002, rename the tables and columns

-- versions/5e0000000002_renames.mig:10
ALTER TABLE Person RENAME TO member;

-- versions/5e0000000002_renames.mig:11
ALTER TABLE ticket RENAME id TO ticket_no;

-- versions/5e0000000002_renames.mig:12
ALTER TABLE ticket RENAME title TO subject;

-- versions/5e0000000002_renames.mig:13
ALTER TABLE ticket RENAME TO issue;

UPDATE alembic_version SET version_num='5e0000000002' WHERE alembic_version.version_num = '5e0000000001';

-- Running upgrade 5e0000000002 -> 5e0000000003, a sequence named by hand

UPDATE alembic_version SET version_num='5e0000000003' WHERE alembic_version.version_num = '5e0000000002';

COMMIT;

PRAGMA foreign_keys = ON;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c0a0000a0001, kinds, and people of a kind

-- versions/c0a0000a0001_kinds.mig:7
CREATE TABLE kind (
    id INTEGER NOT NULL,
    label VARCHAR(10),
    PRIMARY KEY (id)
);

-- versions/c0a0000a0001_kinds.mig:11
CREATE TABLE person (
    id INTEGER NOT NULL,
    kind_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (kind_id) REFERENCES kind (id) ON DELETE CASCADE
);

INSERT INTO alembic_version (version_num) VALUES ('c0a0000a0001');

-- Running upgrade c0a0000a0001 -> c0a0000a0002, a note, in a transaction

-- versions/c0a0000a0002_note.mig:7
ALTER TABLE person ADD COLUMN note VARCHAR(20);

UPDATE alembic_version SET version_num='c0a0000a0002' WHERE alembic_version.version_num = 'c0a0000a0001';

COMMIT;

-- Running upgrade c0a0000a0002 -> c0a0000a0003, a wider label, outside a transaction

-- versions/c0a0000a0003_wider.mig:13
ALTER TABLE kind ALTER COLUMN label TYPE VARCHAR(20);

UPDATE alembic_version SET version_num='c0a0000a0003' WHERE alembic_version.version_num = 'c0a0000a0002';


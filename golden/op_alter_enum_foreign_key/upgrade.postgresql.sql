SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e5a0000a0001, kinds, and people of a kind

-- versions/e5a0000a0001_kinds.mig:12
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- versions/e5a0000a0001_kinds.mig:13
CREATE TABLE kind (
    m mood NOT NULL,
    PRIMARY KEY (m)
);

-- versions/e5a0000a0001_kinds.mig:16
CREATE TABLE owner (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/e5a0000a0001_kinds.mig:21
CREATE TABLE person (
    id INTEGER NOT NULL,
    m mood,
    owner_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (m) REFERENCES kind (m),
    FOREIGN KEY (owner_id) REFERENCES owner (id)
);

-- versions/e5a0000a0001_kinds.mig:29
ALTER TABLE person ADD CONSTRAINT ex_person_m EXCLUDE USING btree (m WITH =) WHERE (m <> 'sad');

INSERT INTO alembic_version (version_num) VALUES ('e5a0000a0001');

COMMIT;

-- Running upgrade e5a0000a0001 -> e5a0000a0002, values change under the key

-- versions/e5a0000a0002_values.mig:8
ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad';

-- versions/e5a0000a0002_values.mig:9
ALTER TYPE mood RENAME VALUE 'happy' TO 'glad';

UPDATE alembic_version SET version_num='e5a0000a0002' WHERE alembic_version.version_num = 'e5a0000a0001';


PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b7d0000a0001, identity columns

-- versions/b7d0000a0001_identity_columns.mig:8
CREATE TABLE ledger (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    note TEXT
);

INSERT INTO sqlite_sequence (name, seq) VALUES ('ledger', 999);

-- versions/b7d0000a0001_identity_columns.mig:12
CREATE TABLE ticket (
    id INTEGER NOT NULL CONSTRAINT pk_ticket PRIMARY KEY AUTOINCREMENT,
    title TEXT
);

-- versions/b7d0000a0001_identity_columns.mig:17
CREATE TABLE counter (
    n INTEGER NOT NULL,
    label TEXT
);

-- versions/b7d0000a0001_identity_columns.mig:21
CREATE INDEX ix_counter_n ON counter (n);

-- versions/b7d0000a0001_identity_columns.mig:22
CREATE TABLE tally (
    label TEXT
);

INSERT INTO alembic_version (version_num) VALUES ('b7d0000a0001');

-- Running upgrade b7d0000a0001 -> b7d0000a0002, alter identity

-- versions/b7d0000a0002_alter_identity.mig:8
CREATE TABLE _retort_tmp_ticket (
    id INTEGER NOT NULL CONSTRAINT pk_ticket PRIMARY KEY AUTOINCREMENT,
    title TEXT
);

INSERT INTO sqlite_sequence (name, seq) VALUES ('_retort_tmp_ticket', 499);

INSERT INTO _retort_tmp_ticket (id, title) SELECT id, title FROM ticket;

DELETE FROM sqlite_sequence WHERE name = '_retort_tmp_ticket' AND seq <= (SELECT seq FROM sqlite_sequence WHERE name = 'ticket');

UPDATE sqlite_sequence SET name = '_retort_tmp_ticket' WHERE name = 'ticket' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '_retort_tmp_ticket');

DROP TABLE ticket;

ALTER TABLE _retort_tmp_ticket RENAME TO ticket;

PRAGMA foreign_key_check(ticket);

-- versions/b7d0000a0002_alter_identity.mig:9
CREATE TABLE _retort_tmp_ledger (
    id BIGINT NOT NULL,
    note TEXT,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_ledger (id, note) SELECT id, note FROM ledger;

DROP TABLE ledger;

ALTER TABLE _retort_tmp_ledger RENAME TO ledger;

PRAGMA foreign_key_check(ledger);

-- versions/b7d0000a0002_alter_identity.mig:10
CREATE TABLE _retort_tmp_tally (
    label TEXT,
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

INSERT INTO sqlite_sequence (name, seq) VALUES ('_retort_tmp_tally', 99);

INSERT INTO _retort_tmp_tally (label) SELECT label FROM tally;

DELETE FROM sqlite_sequence WHERE name = '_retort_tmp_tally' AND seq <= (SELECT seq FROM sqlite_sequence WHERE name = 'tally');

UPDATE sqlite_sequence SET name = '_retort_tmp_tally' WHERE name = 'tally' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '_retort_tmp_tally');

DROP TABLE tally;

ALTER TABLE _retort_tmp_tally RENAME TO tally;

PRAGMA foreign_key_check(tally);

UPDATE alembic_version SET version_num='b7d0000a0002' WHERE alembic_version.version_num = 'b7d0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


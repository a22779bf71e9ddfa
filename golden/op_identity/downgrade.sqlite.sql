PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade b7d0000a0002 -> b7d0000a0001, alter identity

-- versions/b7d0000a0002_alter_identity.mig:26
CREATE TABLE _retort_tmp_tally (
    label TEXT
);

INSERT INTO _retort_tmp_tally (label) SELECT label FROM tally;

DROP TABLE tally;

ALTER TABLE _retort_tmp_tally RENAME TO tally;

PRAGMA foreign_key_check(tally);

-- versions/b7d0000a0002_alter_identity.mig:27
CREATE TABLE _retort_tmp_ledger (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    note TEXT
);

INSERT INTO sqlite_sequence (name, seq) VALUES ('_retort_tmp_ledger', 999);

INSERT INTO _retort_tmp_ledger (id, note) SELECT id, note FROM ledger;

DELETE FROM sqlite_sequence WHERE name = '_retort_tmp_ledger' AND seq <= (SELECT seq FROM sqlite_sequence WHERE name = 'ledger');

UPDATE sqlite_sequence SET name = '_retort_tmp_ledger' WHERE name = 'ledger' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '_retort_tmp_ledger');

DROP TABLE ledger;

ALTER TABLE _retort_tmp_ledger RENAME TO ledger;

PRAGMA foreign_key_check(ledger);

-- versions/b7d0000a0002_alter_identity.mig:28
CREATE TABLE _retort_tmp_ticket (
    id INTEGER NOT NULL CONSTRAINT pk_ticket PRIMARY KEY AUTOINCREMENT,
    title TEXT
);

INSERT INTO _retort_tmp_ticket (id, title) SELECT id, title FROM ticket;

DELETE FROM sqlite_sequence WHERE name = '_retort_tmp_ticket' AND seq <= (SELECT seq FROM sqlite_sequence WHERE name = 'ticket');

UPDATE sqlite_sequence SET name = '_retort_tmp_ticket' WHERE name = 'ticket' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '_retort_tmp_ticket');

DROP TABLE ticket;

ALTER TABLE _retort_tmp_ticket RENAME TO ticket;

PRAGMA foreign_key_check(ticket);

UPDATE alembic_version SET version_num='b7d0000a0001' WHERE alembic_version.version_num = 'b7d0000a0002';

-- Running downgrade b7d0000a0001 -> <base>, identity columns

-- versions/b7d0000a0001_identity_columns.mig:37
DROP TABLE tally;

-- versions/b7d0000a0001_identity_columns.mig:38
DROP TABLE counter;

-- versions/b7d0000a0001_identity_columns.mig:39
DROP TABLE ticket;

-- versions/b7d0000a0001_identity_columns.mig:40
DROP TABLE ledger;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b7d0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c9e0000a0001, create event

-- versions/c9e0000a0001_create_event.mig:7
CREATE TABLE event (
    id INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);

-- versions/c9e0000a0001_create_event.mig:12
CREATE INDEX ix_event_kind ON event (kind);

-- versions/c9e0000a0001_create_event.mig:14
CREATE INDEX ix_event_at ON event (at DESC) WHERE kind <> 'noise';

INSERT INTO alembic_version (version_num) VALUES ('c9e0000a0001');

-- Running upgrade c9e0000a0001 -> c9e0000a0002, drop event indexes

-- versions/c9e0000a0002_drop_event_indexes.mig:8
DROP INDEX ix_event_kind;

-- versions/c9e0000a0002_drop_event_indexes.mig:9
DROP INDEX ix_event_at;

UPDATE alembic_version SET version_num='c9e0000a0002' WHERE alembic_version.version_num = 'c9e0000a0001';

COMMIT;


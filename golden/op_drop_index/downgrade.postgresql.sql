SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c9e0000a0002 -> c9e0000a0001, drop event indexes

-- versions/c9e0000a0002_drop_event_indexes.mig:14
CREATE INDEX ix_event_at ON event (at DESC) WHERE kind <> 'noise';

-- versions/c9e0000a0002_drop_event_indexes.mig:19
CREATE INDEX ix_event_kind ON event (kind);

UPDATE alembic_version SET version_num='c9e0000a0001' WHERE alembic_version.version_num = 'c9e0000a0002';

-- Running downgrade c9e0000a0001 -> <base>, create event

-- versions/c9e0000a0001_create_event.mig:22
DROP INDEX ix_event_at;

-- versions/c9e0000a0001_create_event.mig:23
DROP INDEX ix_event_kind;

-- versions/c9e0000a0001_create_event.mig:24
DROP TABLE event;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c9e0000a0001';

COMMIT;


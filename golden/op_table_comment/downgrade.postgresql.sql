SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d7f0000a0003 -> d7f0000a0002, recomment note

-- versions/d7f0000a0003_recomment_note.mig:12
COMMENT ON TABLE note IS 'user''s notes — free text';

UPDATE alembic_version SET version_num='d7f0000a0002' WHERE alembic_version.version_num = 'd7f0000a0003';

-- Running downgrade d7f0000a0002 -> d7f0000a0001, comment note

-- versions/d7f0000a0002_comment_note.mig:12
COMMENT ON TABLE note IS NULL;

UPDATE alembic_version SET version_num='d7f0000a0001' WHERE alembic_version.version_num = 'd7f0000a0002';

-- Running downgrade d7f0000a0001 -> <base>, create note

-- versions/d7f0000a0001_create_note.mig:14
DROP TABLE note;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd7f0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d7f0000a0001, create note

-- versions/d7f0000a0001_create_note.mig:7
CREATE TABLE note (
    id INTEGER NOT NULL,
    body TEXT,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('d7f0000a0001');

-- Running upgrade d7f0000a0001 -> d7f0000a0002, comment note

-- versions/d7f0000a0002_comment_note.mig:8
COMMENT ON TABLE note IS 'user''s notes — free text';

UPDATE alembic_version SET version_num='d7f0000a0002' WHERE alembic_version.version_num = 'd7f0000a0001';

-- Running upgrade d7f0000a0002 -> d7f0000a0003, recomment note

-- versions/d7f0000a0003_recomment_note.mig:8
COMMENT ON TABLE note IS 'notes';

UPDATE alembic_version SET version_num='d7f0000a0003' WHERE alembic_version.version_num = 'd7f0000a0002';

COMMIT;


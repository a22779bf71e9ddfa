SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b8a0000a0001 -> <base>, recreate tables

CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    score INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT member_size_check CHECK (size IN ('s', 'm'))
);

COMMENT ON TABLE _retort_tmp_member IS 'people';

INSERT INTO _retort_tmp_member (id, org_id, email, size, score) SELECT id, org_id, email, size, points FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

ALTER TABLE member ADD CONSTRAINT member_pkey PRIMARY KEY (id);

ALTER TABLE member ADD CONSTRAINT member_email_key UNIQUE (email);

CREATE INDEX ix_member_org ON member (org_id);

ALTER TABLE member ADD CONSTRAINT ck_member_score CHECK (score >= 0);

ALTER TABLE member ADD CONSTRAINT member_org_id_fkey FOREIGN KEY (org_id) REFERENCES org (id);

-- versions/b8a0000a0001_recreate_tables.mig:56
DROP TABLE audit;

-- versions/b8a0000a0001_recreate_tables.mig:57
DROP TABLE member;

-- versions/b8a0000a0001_recreate_tables.mig:58
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b8a0000a0001';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b8a0000a0001, recreate tables

-- versions/b8a0000a0001_recreate_tables.mig:10
CREATE TABLE org (
    id INTEGER NOT NULL,
    name TEXT,
    PRIMARY KEY (id)
);

-- versions/b8a0000a0001_recreate_tables.mig:11
CREATE TABLE member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    score INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (org_id) REFERENCES org (id),
    UNIQUE (email),
    CHECK (size IN ('s', 'm')),
    CONSTRAINT ck_member_score CHECK (score >= 0)
);

COMMENT ON TABLE member IS 'people';

-- versions/b8a0000a0001_recreate_tables.mig:19
CREATE INDEX ix_member_org ON member (org_id);

-- versions/b8a0000a0001_recreate_tables.mig:20
CREATE TABLE audit (
    member_id INTEGER,
    at TIMESTAMP WITHOUT TIME ZONE
);

CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(100) NOT NULL,
    size VARCHAR(1) DEFAULT 's',
    points INTEGER DEFAULT 0 NOT NULL,
    note TEXT,
    CONSTRAINT member_size_check CHECK (size IN ('s', 'm'))
);

COMMENT ON TABLE _retort_tmp_member IS 'people';

INSERT INTO _retort_tmp_member (id, org_id, email, size, points) SELECT id, org_id, email, size, score FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

ALTER TABLE member ADD CONSTRAINT member_pkey PRIMARY KEY (id);

ALTER TABLE member ADD CONSTRAINT member_email_key UNIQUE (email);

CREATE INDEX ix_member_org ON member (org_id);

ALTER TABLE member ADD CONSTRAINT ck_member_score CHECK (points >= 0);

ALTER TABLE member ADD CONSTRAINT member_org_id_fkey FOREIGN KEY (org_id) REFERENCES org (id);

CREATE TABLE _retort_tmp_audit (
    member_id INTEGER,
    at TIMESTAMP WITHOUT TIME ZONE
);

INSERT INTO _retort_tmp_audit (member_id, at) SELECT member_id, at FROM audit;

DROP TABLE audit;

ALTER TABLE _retort_tmp_audit RENAME TO audit;

INSERT INTO alembic_version (version_num) VALUES ('b8a0000a0001');

COMMIT;


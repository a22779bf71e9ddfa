PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f3b0000a0001, create member

-- versions/f3b0000a0001_create_member.mig:7
CREATE TABLE member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(255) NOT NULL,
    handle VARCHAR(30),
    seat INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('f3b0000a0001');

-- Running upgrade f3b0000a0001 -> f3b0000a0002, add unique constraints

-- versions/f3b0000a0002_add_unique_constraints.mig:8
CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(255) NOT NULL,
    handle VARCHAR(30),
    seat INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_email UNIQUE (email)
);

INSERT INTO _retort_tmp_member (id, org_id, email, handle, seat) SELECT id, org_id, email, handle, seat FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

PRAGMA foreign_key_check(member);

-- versions/f3b0000a0002_add_unique_constraints.mig:15
CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(255) NOT NULL,
    handle VARCHAR(30),
    seat INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_email UNIQUE (email),
    CONSTRAINT uq_member_org_handle UNIQUE (org_id, handle)
);

INSERT INTO _retort_tmp_member (id, org_id, email, handle, seat) SELECT id, org_id, email, handle, seat FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

PRAGMA foreign_key_check(member);

-- versions/f3b0000a0002_add_unique_constraints.mig:16
CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(255) NOT NULL,
    handle VARCHAR(30),
    seat INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_email UNIQUE (email),
    CONSTRAINT uq_member_org_handle UNIQUE (org_id, handle),
    CONSTRAINT uq_member_org_seat UNIQUE (org_id, seat)
);

INSERT INTO _retort_tmp_member (id, org_id, email, handle, seat) SELECT id, org_id, email, handle, seat FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

PRAGMA foreign_key_check(member);

-- versions/f3b0000a0002_add_unique_constraints.mig:17
CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(255) NOT NULL,
    handle VARCHAR(30),
    seat INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_email UNIQUE (email),
    CONSTRAINT uq_member_org_handle UNIQUE (org_id, handle),
    CONSTRAINT uq_member_org_seat UNIQUE (org_id, seat),
    CONSTRAINT uq_member_handle UNIQUE (handle)
);

INSERT INTO _retort_tmp_member (id, org_id, email, handle, seat) SELECT id, org_id, email, handle, seat FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

PRAGMA foreign_key_check(member);

UPDATE alembic_version SET version_num='f3b0000a0002' WHERE alembic_version.version_num = 'f3b0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


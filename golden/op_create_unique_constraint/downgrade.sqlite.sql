PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade f3b0000a0002 -> f3b0000a0001, add unique constraints

-- versions/f3b0000a0002_add_unique_constraints.mig:22
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

-- versions/f3b0000a0002_add_unique_constraints.mig:23
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

-- versions/f3b0000a0002_add_unique_constraints.mig:24
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

-- versions/f3b0000a0002_add_unique_constraints.mig:25
CREATE TABLE _retort_tmp_member (
    id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    email VARCHAR(255) NOT NULL,
    handle VARCHAR(30),
    seat INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_member (id, org_id, email, handle, seat) SELECT id, org_id, email, handle, seat FROM member;

DROP TABLE member;

ALTER TABLE _retort_tmp_member RENAME TO member;

PRAGMA foreign_key_check(member);

UPDATE alembic_version SET version_num='f3b0000a0001' WHERE alembic_version.version_num = 'f3b0000a0002';

-- Running downgrade f3b0000a0001 -> <base>, create member

-- versions/f3b0000a0001_create_member.mig:17
DROP TABLE member;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f3b0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


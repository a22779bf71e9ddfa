SET client_encoding = 'UTF8';

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
ALTER TABLE member ADD CONSTRAINT uq_member_email UNIQUE (email);

-- versions/f3b0000a0002_add_unique_constraints.mig:10
ALTER TABLE member ADD CONSTRAINT uq_member_org_handle UNIQUE (org_id, handle) DEFERRABLE;

-- versions/f3b0000a0002_add_unique_constraints.mig:11
ALTER TABLE member ADD CONSTRAINT uq_member_org_seat UNIQUE (org_id, seat) DEFERRABLE INITIALLY DEFERRED;

-- versions/f3b0000a0002_add_unique_constraints.mig:12
ALTER TABLE member ADD CONSTRAINT uq_member_handle UNIQUE (handle) DEFERRABLE INITIALLY IMMEDIATE;

UPDATE alembic_version SET version_num='f3b0000a0002' WHERE alembic_version.version_num = 'f3b0000a0001';

COMMIT;


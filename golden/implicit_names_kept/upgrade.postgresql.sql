SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 5e0000000001, serial columns

-- versions/5e0000000001_serials.mig:13
CREATE TABLE "Person" (
    id SERIAL NOT NULL,
    name TEXT NOT NULL,
    kind VARCHAR(5),
    PRIMARY KEY (id),
    CHECK (kind IN ('staff', 'guest'))
);

-- versions/5e0000000001_serials.mig:19
CREATE SEQUENCE ticket_id_seq;

-- versions/5e0000000001_serials.mig:21
CREATE TABLE ticket (
    id BIGSERIAL NOT NULL,
    title TEXT,
    rank INTEGER,
    PRIMARY KEY (id),
    CHECK (title <> ''),
    CHECK (rank > 0 AND title IS NOT NULL)
);

INSERT INTO alembic_version (version_num) VALUES ('5e0000000001');

-- Running upgrade 5e0000000001 -> 5e0000000002, rename the tables and columns

-- versions/5e0000000002_renames.mig:10
ALTER TABLE "Person" RENAME TO member;

-- versions/5e0000000002_renames.mig:11
ALTER TABLE ticket RENAME id TO ticket_no;

-- versions/5e0000000002_renames.mig:12
ALTER TABLE ticket RENAME title TO subject;

-- versions/5e0000000002_renames.mig:13
ALTER TABLE ticket RENAME TO issue;

UPDATE alembic_version SET version_num='5e0000000002' WHERE alembic_version.version_num = '5e0000000001';

-- Running upgrade 5e0000000002 -> 5e0000000003, a sequence named by hand

-- versions/5e0000000003_named.mig:12
CREATE SEQUENCE "Badge_numbers" AS INTEGER;

ALTER TABLE member ADD COLUMN badge INTEGER DEFAULT nextval('"Badge_numbers"'::regclass) NOT NULL;

ALTER SEQUENCE "Badge_numbers" OWNED BY member.badge;

-- versions/5e0000000003_named.mig:13
CREATE SEQUENCE visit_numbers AS SMALLINT;

CREATE TABLE visit (
    id SMALLINT DEFAULT nextval('visit_numbers'::regclass) NOT NULL,
    member_id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

ALTER SEQUENCE visit_numbers OWNED BY visit.id;

-- versions/5e0000000003_named.mig:17
ALTER TABLE member DROP COLUMN badge;

-- versions/5e0000000003_named.mig:18
CREATE SEQUENCE "Badge_numbers";

-- versions/5e0000000003_named.mig:19
ALTER TABLE issue DROP CONSTRAINT ticket_check;

UPDATE alembic_version SET version_num='5e0000000003' WHERE alembic_version.version_num = '5e0000000002';

COMMIT;


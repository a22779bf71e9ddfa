SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade 5e0000000003 -> 5e0000000002, a sequence named by hand

-- versions/5e0000000003_named.mig:25
ALTER TABLE issue ADD CONSTRAINT ticket_check CHECK (rank > 0 AND subject IS NOT NULL);

-- versions/5e0000000003_named.mig:26
DROP SEQUENCE "Badge_numbers";

-- versions/5e0000000003_named.mig:27
CREATE SEQUENCE "Badge_numbers" AS INTEGER;

ALTER TABLE member ADD COLUMN badge INTEGER DEFAULT nextval('"Badge_numbers"'::regclass) NOT NULL;

ALTER SEQUENCE "Badge_numbers" OWNED BY member.badge;

-- versions/5e0000000003_named.mig:28
DROP TABLE visit;

-- versions/5e0000000003_named.mig:29
ALTER TABLE member DROP COLUMN badge;

UPDATE alembic_version SET version_num='5e0000000002' WHERE alembic_version.version_num = '5e0000000003';

-- Running downgrade 5e0000000002 -> 5e0000000001, rename the tables and columns

-- versions/5e0000000002_renames.mig:17
ALTER TABLE issue RENAME TO ticket;

-- versions/5e0000000002_renames.mig:18
ALTER TABLE ticket RENAME subject TO title;

-- versions/5e0000000002_renames.mig:19
ALTER TABLE ticket RENAME ticket_no TO id;

-- versions/5e0000000002_renames.mig:20
ALTER TABLE member RENAME TO "Person";

UPDATE alembic_version SET version_num='5e0000000001' WHERE alembic_version.version_num = '5e0000000002';

-- Running downgrade 5e0000000001 -> <base>, serial columns

-- versions/5e0000000001_serials.mig:31
DROP TABLE ticket;

-- versions/5e0000000001_serials.mig:33
DROP SEQUENCE ticket_id_seq;

-- versions/5e0000000001_serials.mig:35
DROP TABLE "Person";

DELETE FROM alembic_version WHERE alembic_version.version_num = '5e0000000001';

COMMIT;


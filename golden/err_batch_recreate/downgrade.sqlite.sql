PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade e0e0e0e0e001 -> <base>, recreate what holds on

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:26
DROP TABLE counter;

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:27
DROP VIEW note_bodies;

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:28
DROP TABLE note;

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:29
DROP TABLE member;

-- versions/e0e0e0e0e001_recreate_what_holds_on.mig:30
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e0e0e0e0e001';

COMMIT;

PRAGMA foreign_keys = ON;


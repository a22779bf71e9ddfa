SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade aaaa0000d003 -> aaaa0000d002, drop the comment; the downgrade does not put it back

UPDATE alembic_version SET version_num='aaaa0000d002' WHERE alembic_version.version_num = 'aaaa0000d003';

-- Running downgrade aaaa0000d002 -> aaaa0000d001, change the default; the downgrade forgets it

-- versions/aaaa0000d002_change.mig:10
ALTER TABLE setting ALTER COLUMN value DROP DEFAULT;

UPDATE alembic_version SET version_num='aaaa0000d001' WHERE alembic_version.version_num = 'aaaa0000d002';

-- Running downgrade aaaa0000d001 -> <base>, create setting

-- versions/aaaa0000d001_setting.mig:9
DROP TABLE setting;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaaa0000d001';

COMMIT;


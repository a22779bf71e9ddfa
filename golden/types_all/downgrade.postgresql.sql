SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade f6c0000a0002 -> f6c0000a0001, types in alter

-- versions/f6c0000a0002_types_in_alter.mig:31
ALTER TABLE every_type DROP COLUMN c_size;

-- versions/f6c0000a0002_types_in_alter.mig:33
ALTER TABLE every_type ALTER COLUMN c_time TYPE TIME WITHOUT TIME ZONE USING c_time::time;

-- versions/f6c0000a0002_types_in_alter.mig:34
ALTER TABLE every_type ALTER COLUMN c_text TYPE TEXT USING c_text::text;

-- versions/f6c0000a0002_types_in_alter.mig:40
ALTER TABLE every_type ALTER COLUMN c_integer TYPE INTEGER;

-- versions/f6c0000a0002_types_in_alter.mig:41
ALTER TABLE every_type ALTER COLUMN c_string_n TYPE VARCHAR(40);

-- versions/f6c0000a0002_types_in_alter.mig:42
ALTER TABLE every_type DROP COLUMN c_added_inline;

-- versions/f6c0000a0002_types_in_alter.mig:43
ALTER TABLE every_type DROP COLUMN c_added_enum;

-- versions/f6c0000a0002_types_in_alter.mig:44
ALTER TABLE every_type DROP COLUMN c_added_numeric;

UPDATE alembic_version SET version_num='f6c0000a0001' WHERE alembic_version.version_num = 'f6c0000a0002';

-- Running downgrade f6c0000a0001 -> <base>, every type

-- versions/f6c0000a0001_every_type.mig:94
DROP TABLE every_type;

-- versions/f6c0000a0001_every_type.mig:95
DROP TYPE color;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f6c0000a0001';

COMMIT;


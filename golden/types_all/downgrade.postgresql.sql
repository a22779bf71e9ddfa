BEGIN;

-- Running downgrade f6c0000a0002 -> f6c0000a0001, types in alter

-- versions/f6c0000a0002_types_in_alter.mig:20
ALTER TABLE every_type DROP COLUMN c_size;

-- versions/f6c0000a0002_types_in_alter.mig:21
ALTER TABLE every_type ALTER COLUMN c_time TYPE TIME WITHOUT TIME ZONE USING c_time::time;

-- versions/f6c0000a0002_types_in_alter.mig:22
ALTER TABLE every_type ALTER COLUMN c_text TYPE TEXT USING c_text::text;

-- versions/f6c0000a0002_types_in_alter.mig:23
ALTER TABLE every_type ALTER COLUMN c_integer TYPE INTEGER;

-- versions/f6c0000a0002_types_in_alter.mig:24
ALTER TABLE every_type ALTER COLUMN c_string_n TYPE VARCHAR(40);

-- versions/f6c0000a0002_types_in_alter.mig:25
ALTER TABLE every_type DROP COLUMN c_added_inline;

-- versions/f6c0000a0002_types_in_alter.mig:26
ALTER TABLE every_type DROP COLUMN c_added_enum;

-- versions/f6c0000a0002_types_in_alter.mig:27
ALTER TABLE every_type DROP COLUMN c_added_numeric;

UPDATE alembic_version SET version_num='f6c0000a0001' WHERE alembic_version.version_num = 'f6c0000a0002';

-- Running downgrade f6c0000a0001 -> <base>, every type

-- versions/f6c0000a0001_every_type.mig:51
DROP TABLE every_type;

-- versions/f6c0000a0001_every_type.mig:52
DROP TYPE color;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f6c0000a0001';

COMMIT;


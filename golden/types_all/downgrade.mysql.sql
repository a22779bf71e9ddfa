-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade f6c0000a0002 -> f6c0000a0001, types in alter

-- versions/f6c0000a0002_types_in_alter.mig:31
ALTER TABLE every_type DROP COLUMN c_size;

-- versions/f6c0000a0002_types_in_alter.mig:40
ALTER TABLE every_type MODIFY c_integer INTEGER NULL;

-- versions/f6c0000a0002_types_in_alter.mig:41
ALTER TABLE every_type MODIFY c_string_n VARCHAR(40) NULL;

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

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f6c0000a0001';


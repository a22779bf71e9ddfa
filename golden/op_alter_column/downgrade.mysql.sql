-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade f6b0000a0002 -> f6b0000a0001, alter columns

-- versions/f6b0000a0002_alter_columns.mig:41
ALTER TABLE account RENAME COLUMN balance TO amount;

-- versions/f6b0000a0002_alter_columns.mig:51
ALTER TABLE account MODIFY amount INTEGER NOT NULL DEFAULT 0;

-- versions/f6b0000a0002_alter_columns.mig:57
ALTER TABLE account RENAME COLUMN old_stuff TO legacy;

-- versions/f6b0000a0002_alter_columns.mig:58
ALTER TABLE account MODIFY note TEXT NULL;

-- versions/f6b0000a0002_alter_columns.mig:59
ALTER TABLE account MODIFY score INTEGER NULL DEFAULT 0;

-- versions/f6b0000a0002_alter_columns.mig:60
ALTER TABLE account MODIFY name TEXT NOT NULL;

-- versions/f6b0000a0002_alter_columns.mig:61
ALTER TABLE account MODIFY code INTEGER NULL;

-- versions/f6b0000a0002_alter_columns.mig:66
ALTER TABLE account MODIFY code VARCHAR(10) NULL;

-- versions/f6b0000a0002_alter_columns.mig:68
ALTER TABLE account MODIFY name VARCHAR(50) NOT NULL;

UPDATE alembic_version SET version_num='f6b0000a0001' WHERE alembic_version.version_num = 'f6b0000a0002';

-- Running downgrade f6b0000a0001 -> <base>, create account

-- versions/f6b0000a0001_create_account.mig:19
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'f6b0000a0001';


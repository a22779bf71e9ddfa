-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade b9e0000a0002 -> b9e0000a0001, literal rows

-- versions/b9e0000a0002_literal_rows.mig:18
ALTER TABLE lit MODIFY n_exp DOUBLE NULL DEFAULT 1e9;

-- versions/b9e0000a0002_literal_rows.mig:19
ALTER TABLE lit MODIFY n_neg INTEGER NULL DEFAULT -7;

-- versions/b9e0000a0002_literal_rows.mig:20
ALTER TABLE lit MODIFY s_quote TEXT NULL DEFAULT ('O''Brien');

-- versions/b9e0000a0002_literal_rows.mig:21
DELETE FROM lit WHERE id IN (1, 2, 3);

UPDATE alembic_version SET version_num='b9e0000a0001' WHERE alembic_version.version_num = 'b9e0000a0002';

-- Running downgrade b9e0000a0001 -> <base>, literals

-- versions/b9e0000a0001_literals.mig:43
DROP TABLE lit;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b9e0000a0001';


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b9e0000a0002 -> b9e0000a0001, literal rows

-- versions/b9e0000a0002_literal_rows.mig:18
ALTER TABLE lit ALTER COLUMN n_exp SET DEFAULT 1e9;

-- versions/b9e0000a0002_literal_rows.mig:19
ALTER TABLE lit ALTER COLUMN n_neg SET DEFAULT -7;

-- versions/b9e0000a0002_literal_rows.mig:20
ALTER TABLE lit ALTER COLUMN s_quote SET DEFAULT 'O''Brien';

COMMENT ON COLUMN lit.s_quote IS NULL;

-- versions/b9e0000a0002_literal_rows.mig:21
DELETE FROM lit WHERE id IN (1, 2, 3);

UPDATE alembic_version SET version_num='b9e0000a0001' WHERE alembic_version.version_num = 'b9e0000a0002';

-- Running downgrade b9e0000a0001 -> <base>, literals

-- versions/b9e0000a0001_literals.mig:43
DROP TABLE lit;

-- versions/b9e0000a0001_literals.mig:44
DROP TYPE quirk;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b9e0000a0001';

COMMIT;


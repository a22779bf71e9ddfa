SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b0b0b0b0b0b0 -> <base>, raw SQL that ends in a line comment keeps its terminator

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:31
DROP INDEX ix_note_body;

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:32
DROP TABLE note -- by hand too
;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b0b0b0b0b0b0';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b1b1b1b1b1b1 -> <base>, raw SQL the database grammar is strict about

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:44
DROP TABLE after_it;

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:45
DROP TABLE reading;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1b1b1b1b1b1';

COMMIT;


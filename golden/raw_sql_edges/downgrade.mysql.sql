-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade b1b1b1b1b1b1 -> <base>, raw SQL the database grammar is strict about

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:44
DROP TABLE after_it;

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:45
DROP TABLE reading;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1b1b1b1b1b1';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade b0b0b0b0b0b0 -> <base>, raw SQL that ends in a line comment keeps its terminator

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:31
DROP INDEX ix_note_body ON note;

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:32
DROP TABLE note -- by hand too
;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b0b0b0b0b0b0';


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade b8d0000a0002 -> b8d0000a0001, index doc

-- versions/b8d0000a0002_index_doc.mig:40
DROP INDEX uq_doc_author_lower ON doc;

ALTER TABLE doc DROP COLUMN _uq_doc_author_lower_1;

-- versions/b8d0000a0002_index_doc.mig:45
DROP INDEX ix_doc_published ON doc;

-- versions/b8d0000a0002_index_doc.mig:46
DROP INDEX ix_doc_created ON doc;

-- versions/b8d0000a0002_index_doc.mig:47
DROP INDEX ix_doc_title_len ON doc;

ALTER TABLE doc DROP COLUMN _ix_doc_title_len_1;

-- versions/b8d0000a0002_index_doc.mig:48
DROP INDEX ix_doc_lower_title ON doc;

ALTER TABLE doc DROP COLUMN _ix_doc_lower_title_1;

-- versions/b8d0000a0002_index_doc.mig:49
DROP INDEX uq_doc_title ON doc;

-- versions/b8d0000a0002_index_doc.mig:50
DROP INDEX ix_doc_author ON doc;

UPDATE alembic_version SET version_num='b8d0000a0001' WHERE alembic_version.version_num = 'b8d0000a0002';

-- Running downgrade b8d0000a0001 -> <base>, create doc

-- versions/b8d0000a0001_create_doc.mig:18
DROP TABLE doc;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b8d0000a0001';


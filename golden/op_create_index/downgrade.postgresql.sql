SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade b8d0000a0002 -> b8d0000a0001, index doc

-- versions/b8d0000a0002_index_doc.mig:40
DROP INDEX uq_doc_author_lower;

-- versions/b8d0000a0002_index_doc.mig:42
DROP INDEX ix_doc_body;

-- versions/b8d0000a0002_index_doc.mig:43
DROP INDEX ix_doc_author_nulls;

-- versions/b8d0000a0002_index_doc.mig:45
DROP INDEX ix_doc_published;

-- versions/b8d0000a0002_index_doc.mig:46
DROP INDEX ix_doc_created;

-- versions/b8d0000a0002_index_doc.mig:47
DROP INDEX ix_doc_title_len;

-- versions/b8d0000a0002_index_doc.mig:48
DROP INDEX ix_doc_lower_title;

-- versions/b8d0000a0002_index_doc.mig:49
DROP INDEX uq_doc_title;

-- versions/b8d0000a0002_index_doc.mig:50
DROP INDEX ix_doc_author;

UPDATE alembic_version SET version_num='b8d0000a0001' WHERE alembic_version.version_num = 'b8d0000a0002';

-- Running downgrade b8d0000a0001 -> <base>, create doc

-- versions/b8d0000a0001_create_doc.mig:18
DROP TABLE doc;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b8d0000a0001';

COMMIT;


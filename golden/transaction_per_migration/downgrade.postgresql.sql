SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade c1f0000a0004 -> c1f0000a0003, add isbn

-- versions/c1f0000a0004_add_isbn.mig:11
ALTER TABLE book DROP COLUMN isbn;

UPDATE alembic_version SET version_num='c1f0000a0003' WHERE alembic_version.version_num = 'c1f0000a0004';

COMMIT;

-- Running downgrade c1f0000a0003 -> c1f0000a0002, index title concurrently

-- versions/c1f0000a0003_index_title_concurrently.mig:19
DROP INDEX CONCURRENTLY ix_book_title;

UPDATE alembic_version SET version_num='c1f0000a0002' WHERE alembic_version.version_num = 'c1f0000a0003';

BEGIN;

-- Running downgrade c1f0000a0002 -> c1f0000a0001, create book

-- versions/c1f0000a0002_create_book.mig:16
DROP TABLE book;

UPDATE alembic_version SET version_num='c1f0000a0001' WHERE alembic_version.version_num = 'c1f0000a0002';

COMMIT;

BEGIN;

-- Running downgrade c1f0000a0001 -> <base>, create author

-- versions/c1f0000a0001_create_author.mig:16
DROP TABLE author;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c1f0000a0001';

COMMIT;


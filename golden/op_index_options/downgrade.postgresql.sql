SET client_encoding = 'UTF8';

-- Running downgrade a9c0000a0002 -> a9c0000a0001, index concurrently on postgresql

-- versions/a9c0000a0002_index_concurrently_on_postgresql.mig:13
DROP INDEX CONCURRENTLY ix_article_active;

UPDATE alembic_version SET version_num='a9c0000a0001' WHERE alembic_version.version_num = 'a9c0000a0002';

BEGIN;

-- Running downgrade a9c0000a0001 -> <base>, index options

-- versions/a9c0000a0001_index_options.mig:33
ALTER TABLE article RENAME headline TO title;

-- versions/a9c0000a0001_index_options.mig:34
DROP INDEX ix_article_lang;

-- versions/a9c0000a0001_index_options.mig:35
DROP INDEX ix_article_body;

-- versions/a9c0000a0001_index_options.mig:36
DROP INDEX ix_article_title;

-- versions/a9c0000a0001_index_options.mig:37
DROP TABLE article;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a9c0000a0001';

COMMIT;


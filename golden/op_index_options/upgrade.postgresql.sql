SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a9c0000a0001, index options

-- versions/a9c0000a0001_index_options.mig:11
CREATE TABLE article (
    id INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    body TEXT,
    active BOOLEAN DEFAULT true NOT NULL,
    lang VARCHAR(5),
    PRIMARY KEY (id)
);

-- versions/a9c0000a0001_index_options.mig:18
CREATE INDEX ix_article_title ON article (title varchar_pattern_ops, lang DESC) INCLUDE (active) WHERE active;

-- versions/a9c0000a0001_index_options.mig:23
CREATE INDEX ix_article_body ON article USING hash (body);

-- versions/a9c0000a0001_index_options.mig:27
CREATE UNIQUE INDEX ix_article_lang ON article (lang);

-- versions/a9c0000a0001_index_options.mig:29
ALTER TABLE article RENAME title TO headline;

INSERT INTO alembic_version (version_num) VALUES ('a9c0000a0001');

COMMIT;

-- Running upgrade a9c0000a0001 -> a9c0000a0002, index concurrently on postgresql

-- versions/a9c0000a0002_index_concurrently_on_postgresql.mig:9
CREATE INDEX CONCURRENTLY ix_article_active ON article (active);

UPDATE alembic_version SET version_num='a9c0000a0002' WHERE alembic_version.version_num = 'a9c0000a0001';


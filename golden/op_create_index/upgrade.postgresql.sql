SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b8d0000a0001, create doc

-- versions/b8d0000a0001_create_doc.mig:7
CREATE TABLE doc (
    id INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    author VARCHAR(80),
    body JSONB,
    published BOOLEAN DEFAULT false NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b8d0000a0001');

-- Running upgrade b8d0000a0001 -> b8d0000a0002, index doc

-- versions/b8d0000a0002_index_doc.mig:8
CREATE INDEX ix_doc_author ON doc (author);

-- versions/b8d0000a0002_index_doc.mig:9
CREATE UNIQUE INDEX uq_doc_title ON doc (title);

-- versions/b8d0000a0002_index_doc.mig:10
CREATE INDEX ix_doc_lower_title ON doc (lower(title));

-- versions/b8d0000a0002_index_doc.mig:12
CREATE INDEX ix_doc_title_len ON doc ((length(title) + 1), coalesce(author, '') DESC);

-- versions/b8d0000a0002_index_doc.mig:17
CREATE INDEX ix_doc_created ON doc (created_at DESC, id ASC);

-- versions/b8d0000a0002_index_doc.mig:19
CREATE INDEX ix_doc_published ON doc (created_at) WHERE published;

-- versions/b8d0000a0002_index_doc.mig:25
CREATE INDEX ix_doc_author_nulls ON doc (author ASC NULLS FIRST, created_at DESC NULLS LAST);

-- versions/b8d0000a0002_index_doc.mig:26
CREATE INDEX ix_doc_body ON doc USING gin (body);

-- versions/b8d0000a0002_index_doc.mig:27
CREATE UNIQUE INDEX uq_doc_author_lower ON doc USING btree (lower(author) NULLS LAST, id) WHERE author IS NOT NULL AND NOT published;

UPDATE alembic_version SET version_num='b8d0000a0002' WHERE alembic_version.version_num = 'b8d0000a0001';

COMMIT;


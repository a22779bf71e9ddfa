-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

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
    body JSON,
    published BOOL DEFAULT false NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b8d0000a0001');

-- Running upgrade b8d0000a0001 -> b8d0000a0002, index doc

-- versions/b8d0000a0002_index_doc.mig:8
CREATE INDEX ix_doc_author ON doc (author);

-- versions/b8d0000a0002_index_doc.mig:9
CREATE UNIQUE INDEX uq_doc_title ON doc (title);

-- versions/b8d0000a0002_index_doc.mig:10
ALTER TABLE doc ADD COLUMN _ix_doc_lower_title_1 VARCHAR(200) AS (lower(title)) VIRTUAL;

CREATE INDEX ix_doc_lower_title ON doc (_ix_doc_lower_title_1);

-- versions/b8d0000a0002_index_doc.mig:15
ALTER TABLE doc ADD COLUMN _ix_doc_title_len_1 VARCHAR(80) AS (coalesce(author, '')) VIRTUAL;

CREATE INDEX ix_doc_title_len ON doc (_ix_doc_title_len_1 DESC);

-- versions/b8d0000a0002_index_doc.mig:17
CREATE INDEX ix_doc_created ON doc (created_at DESC, id ASC);

-- versions/b8d0000a0002_index_doc.mig:22
CREATE INDEX ix_doc_published ON doc (created_at);

-- versions/b8d0000a0002_index_doc.mig:35
ALTER TABLE doc ADD COLUMN _uq_doc_author_lower_1 VARCHAR(80) AS (lower(author)) VIRTUAL;

CREATE UNIQUE INDEX uq_doc_author_lower ON doc (_uq_doc_author_lower_1, id);

UPDATE alembic_version SET version_num='b8d0000a0002' WHERE alembic_version.version_num = 'b8d0000a0001';


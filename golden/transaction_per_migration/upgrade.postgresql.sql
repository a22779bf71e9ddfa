SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c1f0000a0001, create author

-- versions/c1f0000a0001_create_author.mig:9
CREATE TABLE author (
    id SERIAL NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c1f0000a0001');

COMMIT;

BEGIN;

-- Running upgrade c1f0000a0001 -> c1f0000a0002, create book

-- versions/c1f0000a0002_create_book.mig:7
CREATE TABLE book (
    id SERIAL NOT NULL,
    author_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (author_id) REFERENCES author (id)
);

-- versions/c1f0000a0002_create_book.mig:12
CREATE INDEX ix_book_author ON book (author_id);

UPDATE alembic_version SET version_num='c1f0000a0002' WHERE alembic_version.version_num = 'c1f0000a0001';

COMMIT;

-- Running upgrade c1f0000a0002 -> c1f0000a0003, index title concurrently

-- versions/c1f0000a0003_index_title_concurrently.mig:10
CREATE INDEX CONCURRENTLY ix_book_title ON book (title);

UPDATE alembic_version SET version_num='c1f0000a0003' WHERE alembic_version.version_num = 'c1f0000a0002';

BEGIN;

-- Running upgrade c1f0000a0003 -> c1f0000a0004, add isbn

-- versions/c1f0000a0004_add_isbn.mig:7
ALTER TABLE book ADD COLUMN isbn VARCHAR(13) UNIQUE;

UPDATE alembic_version SET version_num='c1f0000a0004' WHERE alembic_version.version_num = 'c1f0000a0003';

COMMIT;


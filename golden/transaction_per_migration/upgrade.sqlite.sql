PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c1f0000a0001, create author

-- versions/c1f0000a0001_create_author.mig:9
CREATE TABLE author (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c1f0000a0001');

COMMIT;

PRAGMA foreign_keys = ON;

PRAGMA foreign_keys = OFF;

BEGIN;

-- Running upgrade c1f0000a0001 -> c1f0000a0002, create book

-- versions/c1f0000a0002_create_book.mig:7
CREATE TABLE book (
    id INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (author_id) REFERENCES author (id)
);

-- versions/c1f0000a0002_create_book.mig:12
CREATE INDEX ix_book_author ON book (author_id);

UPDATE alembic_version SET version_num='c1f0000a0002' WHERE alembic_version.version_num = 'c1f0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;

-- Running upgrade c1f0000a0002 -> c1f0000a0003, index title concurrently

-- versions/c1f0000a0003_index_title_concurrently.mig:13
CREATE INDEX ix_book_title ON book (title);

UPDATE alembic_version SET version_num='c1f0000a0003' WHERE alembic_version.version_num = 'c1f0000a0002';

PRAGMA foreign_keys = OFF;

BEGIN;

-- Running upgrade c1f0000a0003 -> c1f0000a0004, add isbn

-- versions/c1f0000a0004_add_isbn.mig:7
CREATE TABLE _retort_tmp_book (
    id INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    isbn VARCHAR(13),
    PRIMARY KEY (id),
    FOREIGN KEY (author_id) REFERENCES author (id),
    UNIQUE (isbn)
);

INSERT INTO _retort_tmp_book (id, author_id, title) SELECT id, author_id, title FROM book;

DROP TABLE book;

ALTER TABLE _retort_tmp_book RENAME TO book;

CREATE INDEX ix_book_author ON book (author_id);

CREATE INDEX ix_book_title ON book (title);

PRAGMA foreign_key_check(book);

UPDATE alembic_version SET version_num='c1f0000a0004' WHERE alembic_version.version_num = 'c1f0000a0003';

COMMIT;

PRAGMA foreign_keys = ON;


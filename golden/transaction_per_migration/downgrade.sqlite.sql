PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade c1f0000a0004 -> c1f0000a0003, add isbn

-- versions/c1f0000a0004_add_isbn.mig:11
CREATE TABLE _retort_tmp_book (
    id INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (author_id) REFERENCES author (id)
);

INSERT INTO _retort_tmp_book (id, author_id, title) SELECT id, author_id, title FROM book;

DROP TABLE book;

ALTER TABLE _retort_tmp_book RENAME TO book;

CREATE INDEX ix_book_author ON book (author_id);

CREATE INDEX ix_book_title ON book (title);

PRAGMA foreign_key_check(book);

UPDATE alembic_version SET version_num='c1f0000a0003' WHERE alembic_version.version_num = 'c1f0000a0004';

COMMIT;

PRAGMA foreign_keys = ON;

-- Running downgrade c1f0000a0003 -> c1f0000a0002, index title concurrently

-- versions/c1f0000a0003_index_title_concurrently.mig:22
DROP INDEX ix_book_title;

UPDATE alembic_version SET version_num='c1f0000a0002' WHERE alembic_version.version_num = 'c1f0000a0003';

PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade c1f0000a0002 -> c1f0000a0001, create book

-- versions/c1f0000a0002_create_book.mig:16
DROP TABLE book;

UPDATE alembic_version SET version_num='c1f0000a0001' WHERE alembic_version.version_num = 'c1f0000a0002';

COMMIT;

PRAGMA foreign_keys = ON;

PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade c1f0000a0001 -> <base>, create author

-- versions/c1f0000a0001_create_author.mig:16
DROP TABLE author;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c1f0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


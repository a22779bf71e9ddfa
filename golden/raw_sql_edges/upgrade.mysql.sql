-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b1b1b1b1b1b1, raw SQL the database grammar is strict about

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:17
CREATE TABLE reading (
    id INTEGER NOT NULL,
    taken_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    valid BOOL DEFAULT (true AND NOT false) NOT NULL,
    kind TEXT DEFAULT (CONCAT('a', 'b')),
    rounded NUMERIC(5, 0),
    tiny NUMERIC(5, 5),
    PRIMARY KEY (id)
);

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:36
INSERT INTO reading (id) VALUES (1), (2 -- a second
) -- and a comment that follows a line break inside the statement
;

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:38
INSERT INTO reading (id, kind) VALUES (3, 'two
lines') -- trailing note
;

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:40
CREATE TABLE after_it (
    id INTEGER
);

INSERT INTO alembic_version (version_num) VALUES ('b1b1b1b1b1b1');


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b1b1b1b1b1b1, raw SQL the database grammar is strict about

-- versions/b1b1b1b1b1b1_raw_sql_edges.mig:7
CREATE TABLE reading (
    id INTEGER NOT NULL,
    taken_at TIMESTAMP WITHOUT TIME ZONE DEFAULT (now() AT TIME ZONE 'utc') NOT NULL,
    valid BOOLEAN DEFAULT (true AND NOT false) NOT NULL,
    kind TEXT DEFAULT ('a' || 'b'),
    rounded NUMERIC(5, -2),
    tiny NUMERIC(2, 5),
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

COMMIT;


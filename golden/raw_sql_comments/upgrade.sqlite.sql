PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b0b0b0b0b0b0, raw SQL that ends in a line comment keeps its terminator

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:7
CREATE TABLE note (id integer PRIMARY KEY, body text) -- made by hand
;

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:11
CREATE TABLE _retort_tmp_note (
    id INTEGER NOT NULL,
    body TEXT,
    weight INTEGER DEFAULT (1 -- one
),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_note (id, body) SELECT id, body FROM note;

DROP TABLE note;

ALTER TABLE _retort_tmp_note RENAME TO note;

PRAGMA foreign_key_check(note);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:12
CREATE TABLE _retort_tmp_note (
    id INTEGER NOT NULL,
    body TEXT,
    weight INTEGER DEFAULT (1 -- one
),
    PRIMARY KEY (id),
    CONSTRAINT ck_note_weight CHECK (weight > 0 -- positive
)
);

INSERT INTO _retort_tmp_note (id, body, weight) SELECT id, body, weight FROM note;

DROP TABLE note;

ALTER TABLE _retort_tmp_note RENAME TO note;

PRAGMA foreign_key_check(note);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:19
CREATE INDEX ix_note_body ON note ((lower(body) -- folded
)) WHERE body IS NOT NULL -- only filled
;

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:21
CREATE TABLE _retort_tmp_note (
    id INTEGER NOT NULL,
    body TEXT,
    weight BIGINT DEFAULT (1 -- one
),
    PRIMARY KEY (id),
    CONSTRAINT ck_note_weight CHECK (weight > 0 -- positive
)
);

INSERT INTO _retort_tmp_note (id, body, weight) SELECT id, body, weight FROM note;

DROP TABLE note;

ALTER TABLE _retort_tmp_note RENAME TO note;

CREATE INDEX ix_note_body ON note ((lower(body) -- folded
)) WHERE body IS NOT NULL -- only filled
;

PRAGMA foreign_key_check(note);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:27
CREATE TABLE _retort_tmp_note (
    id INTEGER NOT NULL,
    body TEXT,
    weight BIGINT DEFAULT (1 -- one
),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_note (id, body, weight) SELECT id, body, weight FROM note;

DROP TABLE note;

ALTER TABLE _retort_tmp_note RENAME TO note;

CREATE INDEX ix_note_body ON note ((lower(body) -- folded
)) WHERE body IS NOT NULL -- only filled
;

PRAGMA foreign_key_check(note);

INSERT INTO alembic_version (version_num) VALUES ('b0b0b0b0b0b0');

COMMIT;

PRAGMA foreign_keys = ON;


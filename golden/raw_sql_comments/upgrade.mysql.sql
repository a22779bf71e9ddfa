-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b0b0b0b0b0b0, raw SQL that ends in a line comment keeps its terminator

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:7
CREATE TABLE note (id integer PRIMARY KEY, body text) -- made by hand
;

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:11
ALTER TABLE note ADD COLUMN weight INTEGER DEFAULT (1 -- one
);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:12
ALTER TABLE note ADD CONSTRAINT ck_note_weight CHECK (weight > 0 -- positive
);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:24
CREATE INDEX ix_note_body ON note (weight);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:25
ALTER TABLE note MODIFY weight BIGINT NULL DEFAULT (1 -- one
);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:27
ALTER TABLE note DROP CONSTRAINT ck_note_weight;

INSERT INTO alembic_version (version_num) VALUES ('b0b0b0b0b0b0');


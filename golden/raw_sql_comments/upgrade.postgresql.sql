SET client_encoding = 'UTF8';

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
ALTER TABLE note ADD COLUMN weight INTEGER DEFAULT (1 -- one
);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:12
ALTER TABLE note ADD CONSTRAINT ck_note_weight CHECK (weight > 0 -- positive
);

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:14
CREATE INDEX ix_note_body ON note USING btree ((lower(body) -- folded
)) WHERE body IS NOT NULL -- only filled
;

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:16
ALTER TABLE note ALTER COLUMN weight TYPE BIGINT USING weight::bigint -- widen
;

-- versions/b0b0b0b0b0b0_comments_in_raw_sql.mig:27
ALTER TABLE note DROP CONSTRAINT ck_note_weight;

INSERT INTO alembic_version (version_num) VALUES ('b0b0b0b0b0b0');

COMMIT;


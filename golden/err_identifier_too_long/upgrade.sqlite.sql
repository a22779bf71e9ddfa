PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a1a1a1a1a1a1, PostgreSQL names are at most 63 bytes

-- versions/a1a1a1a1a1a1_bad.mig:5
CREATE TABLE account (
    id INTEGER
);

-- versions/a1a1a1a1a1a1_bad.mig:6
CREATE INDEX ix_account_id_and_a_great_many_more_words_than_postgresql_will_allow ON account (id);

INSERT INTO alembic_version (version_num) VALUES ('a1a1a1a1a1a1');

COMMIT;

PRAGMA foreign_keys = ON;


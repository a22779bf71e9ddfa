SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d9f0000a0001, one table for every database

-- versions/d9f0000a0001_one_table_for_every_database.mig:10
CREATE TABLE account (
    id UUID NOT NULL,
    made_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    settings JSONB,
    tags text[],
    balance NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

-- versions/d9f0000a0001_one_table_for_every_database.mig:18
ALTER TABLE account ADD COLUMN code VARCHAR(20) DEFAULT 'n/a';

-- versions/d9f0000a0001_one_table_for_every_database.mig:19
ALTER TABLE account ALTER COLUMN balance TYPE NUMERIC(14, 2);

ALTER TABLE account ALTER COLUMN balance SET DEFAULT 1;

INSERT INTO alembic_version (version_num) VALUES ('d9f0000a0001');

COMMIT;


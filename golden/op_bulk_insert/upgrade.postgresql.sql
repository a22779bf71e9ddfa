SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b2e0000a0001, create account

-- versions/b2e0000a0001_create_account.mig:7
CREATE TABLE account (
    id INTEGER NOT NULL,
    name TEXT,
    active BOOLEAN DEFAULT true NOT NULL,
    balance NUMERIC(20, 4),
    ratio DOUBLE PRECISION,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    tags JSONB,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b2e0000a0001');

-- Running upgrade b2e0000a0001 -> b2e0000a0002, seed account

-- versions/b2e0000a0002_seed_account.mig:9
INSERT INTO account (id, name, active, balance, ratio, created_at, tags) VALUES (1, 'O''Brien', true, 0, 3.14, now(), NULL), (2, NULL, false, -7, -2.5e-3, '2024-01-01 00:00:00+00'::timestamptz, '["a", "b"]'::jsonb), (3, 'C:\temp\new', true, 12345678.9012, 1e9, now() - interval '1 day', '{}'::jsonb), (4, 'Zoë ''quoted'' "double" \\ back', false, 1E2, -0.5, now(), NULL), (5, '', true, NULL, NULL, now(), NULL);

-- versions/b2e0000a0002_seed_account.mig:32
INSERT INTO account (id, name) VALUES (6, 'single row; with a semicolon -- and not a comment');

UPDATE alembic_version SET version_num='b2e0000a0002' WHERE alembic_version.version_num = 'b2e0000a0001';

COMMIT;


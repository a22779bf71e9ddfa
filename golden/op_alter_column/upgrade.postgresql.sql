SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f6b0000a0001, create account

-- versions/f6b0000a0001_create_account.mig:7
CREATE TABLE account (
    id INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    code VARCHAR(10),
    score INTEGER DEFAULT 0,
    note TEXT,
    legacy TEXT,
    amount INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('f6b0000a0001');

-- Running upgrade f6b0000a0001 -> f6b0000a0002, alter columns

-- versions/f6b0000a0002_alter_columns.mig:8
ALTER TABLE account ALTER COLUMN name TYPE TEXT;

-- versions/f6b0000a0002_alter_columns.mig:10
ALTER TABLE account ALTER COLUMN code TYPE INTEGER USING code::integer;

-- versions/f6b0000a0002_alter_columns.mig:15
ALTER TABLE account ALTER COLUMN code SET NOT NULL;

-- versions/f6b0000a0002_alter_columns.mig:16
ALTER TABLE account ALTER COLUMN note DROP NOT NULL;

-- versions/f6b0000a0002_alter_columns.mig:17
ALTER TABLE account ALTER COLUMN name SET DEFAULT 'anon';

-- versions/f6b0000a0002_alter_columns.mig:18
ALTER TABLE account ALTER COLUMN score DROP DEFAULT;

-- versions/f6b0000a0002_alter_columns.mig:19
COMMENT ON COLUMN account.note IS 'free-form note';

-- versions/f6b0000a0002_alter_columns.mig:20
COMMENT ON COLUMN account.legacy IS NULL;

-- versions/f6b0000a0002_alter_columns.mig:21
ALTER TABLE account RENAME legacy TO old_stuff;

-- versions/f6b0000a0002_alter_columns.mig:23
ALTER TABLE account ALTER COLUMN amount TYPE NUMERIC(12, 2) USING amount::numeric(12, 2);

ALTER TABLE account ALTER COLUMN amount DROP NOT NULL;

ALTER TABLE account ALTER COLUMN amount SET DEFAULT 0.00;

COMMENT ON COLUMN account.amount IS 'in euros';

ALTER TABLE account RENAME amount TO balance;

UPDATE alembic_version SET version_num='f6b0000a0002' WHERE alembic_version.version_num = 'f6b0000a0001';

COMMIT;


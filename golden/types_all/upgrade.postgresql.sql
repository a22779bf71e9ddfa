SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f6c0000a0001, every type

-- versions/f6c0000a0001_every_type.mig:8
CREATE TYPE color AS ENUM ('red', 'green', 'blue');

-- versions/f6c0000a0001_every_type.mig:10
CREATE TABLE every_type (
    c_integer INTEGER,
    c_bigint BIGINT,
    c_smallint SMALLINT,
    c_boolean BOOLEAN,
    c_float FLOAT,
    c_double DOUBLE PRECISION,
    c_numeric NUMERIC,
    c_numeric_p NUMERIC(10),
    c_numeric_ps NUMERIC(12, 4),
    c_numeric_p0 NUMERIC(5, 0),
    c_string VARCHAR,
    c_string_n VARCHAR(40),
    c_varchar VARCHAR,
    c_varchar_n VARCHAR(20),
    c_char CHAR,
    c_char_n CHAR(3),
    c_text TEXT,
    c_unicode VARCHAR,
    c_unicode_n VARCHAR(100),
    c_unicode_text TEXT,
    c_date DATE,
    c_time TIME WITHOUT TIME ZONE,
    c_datetime TIMESTAMP WITHOUT TIME ZONE,
    c_timestamp TIMESTAMP WITHOUT TIME ZONE,
    c_timestamptz TIMESTAMP WITH TIME ZONE,
    c_interval INTERVAL,
    c_binary BYTEA,
    c_blob BYTEA,
    c_json JSON,
    c_jsonb JSONB,
    c_uuid UUID,
    c_enum_named color,
    c_enum_inline VARCHAR(6),
    c_enum_quote VARCHAR(5),
    c_raw tsvector,
    c_raw_array integer[],
    c_raw_args bit varying(8),
    CHECK (c_enum_inline IN ('small', 'medium', 'large')),
    CHECK (c_enum_quote IN ('it''s', 'naïve', 'x'))
);

INSERT INTO alembic_version (version_num) VALUES ('f6c0000a0001');

-- Running upgrade f6c0000a0001 -> f6c0000a0002, types in alter

-- versions/f6c0000a0002_types_in_alter.mig:8
ALTER TABLE every_type ADD COLUMN c_added_numeric NUMERIC(8, 3) DEFAULT 0 NOT NULL;

-- versions/f6c0000a0002_types_in_alter.mig:9
ALTER TABLE every_type ADD COLUMN c_added_enum color DEFAULT 'red';

-- versions/f6c0000a0002_types_in_alter.mig:10
ALTER TABLE every_type ADD COLUMN c_added_inline VARCHAR(3) DEFAULT 'off' CHECK (c_added_inline IN ('on', 'off'));

-- versions/f6c0000a0002_types_in_alter.mig:11
ALTER TABLE every_type ALTER COLUMN c_string_n TYPE VARCHAR(80);

-- versions/f6c0000a0002_types_in_alter.mig:12
ALTER TABLE every_type ALTER COLUMN c_integer TYPE BIGINT;

-- versions/f6c0000a0002_types_in_alter.mig:14
ALTER TABLE every_type ALTER COLUMN c_text TYPE tsvector USING to_tsvector(c_text);

-- versions/f6c0000a0002_types_in_alter.mig:15
ALTER TABLE every_type ALTER COLUMN c_time TYPE TIMESTAMP WITHOUT TIME ZONE USING DATE '2000-01-01' + c_time;

-- versions/f6c0000a0002_types_in_alter.mig:21
ALTER TABLE every_type ADD COLUMN c_size TEXT;

-- versions/f6c0000a0002_types_in_alter.mig:23
ALTER TABLE every_type ALTER COLUMN c_size TYPE VARCHAR(2) USING lower(c_size);

ALTER TABLE every_type ADD CHECK (c_size IN ('s', 'm', 'xl'));

UPDATE alembic_version SET version_num='f6c0000a0002' WHERE alembic_version.version_num = 'f6c0000a0001';

COMMIT;


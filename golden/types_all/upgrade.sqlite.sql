PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f6c0000a0001, every type

-- versions/f6c0000a0001_every_type.mig:10
CREATE TABLE every_type (
    c_integer INTEGER,
    c_bigint BIGINT,
    c_smallint SMALLINT,
    c_boolean BOOLEAN,
    c_float FLOAT,
    c_double DOUBLE,
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
    c_time TIME,
    c_datetime DATETIME,
    c_timestamp DATETIME,
    c_timestamptz DATETIME,
    c_interval DATETIME,
    c_binary BLOB,
    c_blob BLOB,
    c_json JSON,
    c_jsonb JSON,
    c_uuid CHAR(32),
    c_enum_named VARCHAR(5),
    c_enum_inline VARCHAR(6),
    c_enum_quote VARCHAR(5),
    c_raw tsvector,
    c_raw_array integer[],
    c_raw_args bit varying(8),
    CHECK (c_enum_named IN ('red', 'green', 'blue')),
    CHECK (c_enum_inline IN ('small', 'medium', 'large')),
    CHECK (c_enum_quote IN ('it''s', 'naïve', 'x'))
);

INSERT INTO alembic_version (version_num) VALUES ('f6c0000a0001');

-- Running upgrade f6c0000a0001 -> f6c0000a0002, types in alter

-- versions/f6c0000a0002_types_in_alter.mig:8
ALTER TABLE every_type ADD COLUMN c_added_numeric NUMERIC(8, 3) DEFAULT 0 NOT NULL;

-- versions/f6c0000a0002_types_in_alter.mig:9
ALTER TABLE every_type ADD COLUMN c_added_enum VARCHAR(5) DEFAULT 'red' CHECK (c_added_enum IN ('red', 'green', 'blue'));

-- versions/f6c0000a0002_types_in_alter.mig:10
ALTER TABLE every_type ADD COLUMN c_added_inline VARCHAR(3) DEFAULT 'off' CHECK (c_added_inline IN ('on', 'off'));

-- versions/f6c0000a0002_types_in_alter.mig:11
CREATE TABLE _retort_tmp_every_type (
    c_integer INTEGER,
    c_bigint BIGINT,
    c_smallint SMALLINT,
    c_boolean BOOLEAN,
    c_float FLOAT,
    c_double DOUBLE,
    c_numeric NUMERIC,
    c_numeric_p NUMERIC(10),
    c_numeric_ps NUMERIC(12, 4),
    c_numeric_p0 NUMERIC(5, 0),
    c_string VARCHAR,
    c_string_n VARCHAR(80),
    c_varchar VARCHAR,
    c_varchar_n VARCHAR(20),
    c_char CHAR,
    c_char_n CHAR(3),
    c_text TEXT,
    c_unicode VARCHAR,
    c_unicode_n VARCHAR(100),
    c_unicode_text TEXT,
    c_date DATE,
    c_time TIME,
    c_datetime DATETIME,
    c_timestamp DATETIME,
    c_timestamptz DATETIME,
    c_interval DATETIME,
    c_binary BLOB,
    c_blob BLOB,
    c_json JSON,
    c_jsonb JSON,
    c_uuid CHAR(32),
    c_enum_named VARCHAR(5),
    c_enum_inline VARCHAR(6),
    c_enum_quote VARCHAR(5),
    c_raw tsvector,
    c_raw_array integer[],
    c_raw_args bit varying(8),
    c_added_numeric NUMERIC(8, 3) DEFAULT 0 NOT NULL,
    c_added_enum VARCHAR(5) DEFAULT 'red',
    c_added_inline VARCHAR(3) DEFAULT 'off',
    CHECK (c_enum_named IN ('red', 'green', 'blue')),
    CHECK (c_enum_inline IN ('small', 'medium', 'large')),
    CHECK (c_enum_quote IN ('it''s', 'naïve', 'x')),
    CHECK (c_added_enum IN ('red', 'green', 'blue')),
    CHECK (c_added_inline IN ('on', 'off'))
);

INSERT INTO _retort_tmp_every_type (c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline) SELECT c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline FROM every_type;

DROP TABLE every_type;

ALTER TABLE _retort_tmp_every_type RENAME TO every_type;

PRAGMA foreign_key_check(every_type);

-- versions/f6c0000a0002_types_in_alter.mig:12
CREATE TABLE _retort_tmp_every_type (
    c_integer BIGINT,
    c_bigint BIGINT,
    c_smallint SMALLINT,
    c_boolean BOOLEAN,
    c_float FLOAT,
    c_double DOUBLE,
    c_numeric NUMERIC,
    c_numeric_p NUMERIC(10),
    c_numeric_ps NUMERIC(12, 4),
    c_numeric_p0 NUMERIC(5, 0),
    c_string VARCHAR,
    c_string_n VARCHAR(80),
    c_varchar VARCHAR,
    c_varchar_n VARCHAR(20),
    c_char CHAR,
    c_char_n CHAR(3),
    c_text TEXT,
    c_unicode VARCHAR,
    c_unicode_n VARCHAR(100),
    c_unicode_text TEXT,
    c_date DATE,
    c_time TIME,
    c_datetime DATETIME,
    c_timestamp DATETIME,
    c_timestamptz DATETIME,
    c_interval DATETIME,
    c_binary BLOB,
    c_blob BLOB,
    c_json JSON,
    c_jsonb JSON,
    c_uuid CHAR(32),
    c_enum_named VARCHAR(5),
    c_enum_inline VARCHAR(6),
    c_enum_quote VARCHAR(5),
    c_raw tsvector,
    c_raw_array integer[],
    c_raw_args bit varying(8),
    c_added_numeric NUMERIC(8, 3) DEFAULT 0 NOT NULL,
    c_added_enum VARCHAR(5) DEFAULT 'red',
    c_added_inline VARCHAR(3) DEFAULT 'off',
    CHECK (c_enum_named IN ('red', 'green', 'blue')),
    CHECK (c_enum_inline IN ('small', 'medium', 'large')),
    CHECK (c_enum_quote IN ('it''s', 'naïve', 'x')),
    CHECK (c_added_enum IN ('red', 'green', 'blue')),
    CHECK (c_added_inline IN ('on', 'off'))
);

INSERT INTO _retort_tmp_every_type (c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline) SELECT c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline FROM every_type;

DROP TABLE every_type;

ALTER TABLE _retort_tmp_every_type RENAME TO every_type;

PRAGMA foreign_key_check(every_type);

-- versions/f6c0000a0002_types_in_alter.mig:18
CREATE TABLE _retort_tmp_every_type (
    c_integer BIGINT,
    c_bigint BIGINT,
    c_smallint SMALLINT,
    c_boolean BOOLEAN,
    c_float FLOAT,
    c_double DOUBLE,
    c_numeric NUMERIC,
    c_numeric_p NUMERIC(10),
    c_numeric_ps NUMERIC(12, 4),
    c_numeric_p0 NUMERIC(5, 0),
    c_string VARCHAR,
    c_string_n VARCHAR(80),
    c_varchar VARCHAR,
    c_varchar_n VARCHAR(20),
    c_char CHAR,
    c_char_n CHAR(3),
    c_text tsvector,
    c_unicode VARCHAR,
    c_unicode_n VARCHAR(100),
    c_unicode_text TEXT,
    c_date DATE,
    c_time TIME,
    c_datetime DATETIME,
    c_timestamp DATETIME,
    c_timestamptz DATETIME,
    c_interval DATETIME,
    c_binary BLOB,
    c_blob BLOB,
    c_json JSON,
    c_jsonb JSON,
    c_uuid CHAR(32),
    c_enum_named VARCHAR(5),
    c_enum_inline VARCHAR(6),
    c_enum_quote VARCHAR(5),
    c_raw tsvector,
    c_raw_array integer[],
    c_raw_args bit varying(8),
    c_added_numeric NUMERIC(8, 3) DEFAULT 0 NOT NULL,
    c_added_enum VARCHAR(5) DEFAULT 'red',
    c_added_inline VARCHAR(3) DEFAULT 'off',
    CHECK (c_enum_named IN ('red', 'green', 'blue')),
    CHECK (c_enum_inline IN ('small', 'medium', 'large')),
    CHECK (c_enum_quote IN ('it''s', 'naïve', 'x')),
    CHECK (c_added_enum IN ('red', 'green', 'blue')),
    CHECK (c_added_inline IN ('on', 'off'))
);

INSERT INTO _retort_tmp_every_type (c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline) SELECT c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline FROM every_type;

DROP TABLE every_type;

ALTER TABLE _retort_tmp_every_type RENAME TO every_type;

PRAGMA foreign_key_check(every_type);

-- versions/f6c0000a0002_types_in_alter.mig:19
CREATE TABLE _retort_tmp_every_type (
    c_integer BIGINT,
    c_bigint BIGINT,
    c_smallint SMALLINT,
    c_boolean BOOLEAN,
    c_float FLOAT,
    c_double DOUBLE,
    c_numeric NUMERIC,
    c_numeric_p NUMERIC(10),
    c_numeric_ps NUMERIC(12, 4),
    c_numeric_p0 NUMERIC(5, 0),
    c_string VARCHAR,
    c_string_n VARCHAR(80),
    c_varchar VARCHAR,
    c_varchar_n VARCHAR(20),
    c_char CHAR,
    c_char_n CHAR(3),
    c_text tsvector,
    c_unicode VARCHAR,
    c_unicode_n VARCHAR(100),
    c_unicode_text TEXT,
    c_date DATE,
    c_time DATETIME,
    c_datetime DATETIME,
    c_timestamp DATETIME,
    c_timestamptz DATETIME,
    c_interval DATETIME,
    c_binary BLOB,
    c_blob BLOB,
    c_json JSON,
    c_jsonb JSON,
    c_uuid CHAR(32),
    c_enum_named VARCHAR(5),
    c_enum_inline VARCHAR(6),
    c_enum_quote VARCHAR(5),
    c_raw tsvector,
    c_raw_array integer[],
    c_raw_args bit varying(8),
    c_added_numeric NUMERIC(8, 3) DEFAULT 0 NOT NULL,
    c_added_enum VARCHAR(5) DEFAULT 'red',
    c_added_inline VARCHAR(3) DEFAULT 'off',
    CHECK (c_enum_named IN ('red', 'green', 'blue')),
    CHECK (c_enum_inline IN ('small', 'medium', 'large')),
    CHECK (c_enum_quote IN ('it''s', 'naïve', 'x')),
    CHECK (c_added_enum IN ('red', 'green', 'blue')),
    CHECK (c_added_inline IN ('on', 'off'))
);

INSERT INTO _retort_tmp_every_type (c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline) SELECT c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline FROM every_type;

DROP TABLE every_type;

ALTER TABLE _retort_tmp_every_type RENAME TO every_type;

PRAGMA foreign_key_check(every_type);

-- versions/f6c0000a0002_types_in_alter.mig:21
ALTER TABLE every_type ADD COLUMN c_size TEXT;

-- versions/f6c0000a0002_types_in_alter.mig:26
CREATE TABLE _retort_tmp_every_type (
    c_integer BIGINT,
    c_bigint BIGINT,
    c_smallint SMALLINT,
    c_boolean BOOLEAN,
    c_float FLOAT,
    c_double DOUBLE,
    c_numeric NUMERIC,
    c_numeric_p NUMERIC(10),
    c_numeric_ps NUMERIC(12, 4),
    c_numeric_p0 NUMERIC(5, 0),
    c_string VARCHAR,
    c_string_n VARCHAR(80),
    c_varchar VARCHAR,
    c_varchar_n VARCHAR(20),
    c_char CHAR,
    c_char_n CHAR(3),
    c_text tsvector,
    c_unicode VARCHAR,
    c_unicode_n VARCHAR(100),
    c_unicode_text TEXT,
    c_date DATE,
    c_time DATETIME,
    c_datetime DATETIME,
    c_timestamp DATETIME,
    c_timestamptz DATETIME,
    c_interval DATETIME,
    c_binary BLOB,
    c_blob BLOB,
    c_json JSON,
    c_jsonb JSON,
    c_uuid CHAR(32),
    c_enum_named VARCHAR(5),
    c_enum_inline VARCHAR(6),
    c_enum_quote VARCHAR(5),
    c_raw tsvector,
    c_raw_array integer[],
    c_raw_args bit varying(8),
    c_added_numeric NUMERIC(8, 3) DEFAULT 0 NOT NULL,
    c_added_enum VARCHAR(5) DEFAULT 'red',
    c_added_inline VARCHAR(3) DEFAULT 'off',
    c_size VARCHAR(2),
    CHECK (c_enum_named IN ('red', 'green', 'blue')),
    CHECK (c_enum_inline IN ('small', 'medium', 'large')),
    CHECK (c_enum_quote IN ('it''s', 'naïve', 'x')),
    CHECK (c_added_enum IN ('red', 'green', 'blue')),
    CHECK (c_added_inline IN ('on', 'off')),
    CHECK (c_size IN ('s', 'm', 'xl'))
);

INSERT INTO _retort_tmp_every_type (c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline, c_size) SELECT c_integer, c_bigint, c_smallint, c_boolean, c_float, c_double, c_numeric, c_numeric_p, c_numeric_ps, c_numeric_p0, c_string, c_string_n, c_varchar, c_varchar_n, c_char, c_char_n, c_text, c_unicode, c_unicode_n, c_unicode_text, c_date, c_time, c_datetime, c_timestamp, c_timestamptz, c_interval, c_binary, c_blob, c_json, c_jsonb, c_uuid, c_enum_named, c_enum_inline, c_enum_quote, c_raw, c_raw_array, c_raw_args, c_added_numeric, c_added_enum, c_added_inline, c_size FROM every_type;

DROP TABLE every_type;

ALTER TABLE _retort_tmp_every_type RENAME TO every_type;

PRAGMA foreign_key_check(every_type);

UPDATE alembic_version SET version_num='f6c0000a0002' WHERE alembic_version.version_num = 'f6c0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


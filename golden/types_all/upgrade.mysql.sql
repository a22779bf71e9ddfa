-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> f6c0000a0001, every type

-- versions/f6c0000a0001_every_type.mig:51
CREATE TABLE every_type (
    c_integer INTEGER,
    c_bigint BIGINT,
    c_smallint SMALLINT,
    c_boolean BOOL,
    c_float FLOAT,
    c_double DOUBLE,
    c_numeric NUMERIC,
    c_numeric_p NUMERIC(10),
    c_numeric_ps NUMERIC(12, 4),
    c_numeric_p0 NUMERIC(5, 0),
    c_string VARCHAR(10),
    c_string_n VARCHAR(40),
    c_varchar VARCHAR(10),
    c_varchar_n VARCHAR(20),
    c_char CHAR,
    c_char_n CHAR(3),
    c_text TEXT,
    c_unicode VARCHAR(10),
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
    c_enum_named ENUM('red', 'green', 'blue'),
    c_enum_inline ENUM('small', 'medium', 'large'),
    c_enum_quote ENUM('it''s', 'naïve', 'x'),
    c_raw tinytext,
    c_raw_array mediumint unsigned,
    c_raw_args bit(8)
);

INSERT INTO alembic_version (version_num) VALUES ('f6c0000a0001');

-- Running upgrade f6c0000a0001 -> f6c0000a0002, types in alter

-- versions/f6c0000a0002_types_in_alter.mig:8
ALTER TABLE every_type ADD COLUMN c_added_numeric NUMERIC(8, 3) DEFAULT 0 NOT NULL;

-- versions/f6c0000a0002_types_in_alter.mig:9
ALTER TABLE every_type ADD COLUMN c_added_enum ENUM('red', 'green', 'blue') DEFAULT 'red';

-- versions/f6c0000a0002_types_in_alter.mig:10
ALTER TABLE every_type ADD COLUMN c_added_inline ENUM('on', 'off') DEFAULT 'off';

-- versions/f6c0000a0002_types_in_alter.mig:11
ALTER TABLE every_type MODIFY c_string_n VARCHAR(80) NULL;

-- versions/f6c0000a0002_types_in_alter.mig:12
ALTER TABLE every_type MODIFY c_integer BIGINT NULL;

-- versions/f6c0000a0002_types_in_alter.mig:21
ALTER TABLE every_type ADD COLUMN c_size TEXT;

UPDATE alembic_version SET version_num='f6c0000a0002' WHERE alembic_version.version_num = 'f6c0000a0001';


SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c3f0000a0001, execute sql

-- versions/c3f0000a0001_execute_sql.mig:8
CREATE TABLE kv (k varchar(40) PRIMARY KEY, v text);

-- versions/c3f0000a0001_execute_sql.mig:9
INSERT INTO kv (k, v) VALUES ('greeting', 'it''s me');

-- versions/c3f0000a0001_execute_sql.mig:10
INSERT INTO kv (k, v) VALUES ('path', 'C:\dir'), ('semi', 'a;b');

-- versions/c3f0000a0001_execute_sql.mig:11
CREATE FUNCTION kv_count() RETURNS bigint
        LANGUAGE sql AS $$ SELECT count(*) FROM kv $$;

-- versions/c3f0000a0001_execute_sql.mig:15
UPDATE kv SET v = upper(v) WHERE k = 'greeting';

-- versions/c3f0000a0001_execute_sql.mig:16
COMMENT ON TABLE kv IS 'made by execute';

-- versions/c3f0000a0001_execute_sql.mig:17
INSERT INTO kv (k, v) VALUES ('dialect', 'pg or mysql');

INSERT INTO alembic_version (version_num) VALUES ('c3f0000a0001');

COMMIT;


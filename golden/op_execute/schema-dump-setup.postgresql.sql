-- Outside the model, for tests/schema-dump.t: everything the execute
-- statements make (no op of the case makes an object the model knows).
CREATE TABLE kv (k varchar(40) PRIMARY KEY, v text);
CREATE FUNCTION kv_count() RETURNS bigint
    LANGUAGE sql AS $$ SELECT count(*) FROM kv $$;
COMMENT ON TABLE kv IS 'made by execute';

-- Outside the model, for tests/schema-dump.t: the function the trigger
-- calls, made by an execute in the first revision.
CREATE FUNCTION account_audit() RETURNS trigger LANGUAGE plpgsql AS
    'BEGIN INSERT INTO audit (account_id, what) VALUES (NEW.id, ''insert''); RETURN NEW; END';

-- Outside the model, for tests/schema-dump.t: the schemas the audit
-- revision's execute makes, which its tables live in.
CREATE SCHEMA audit;
CREATE SCHEMA "Audit Log";

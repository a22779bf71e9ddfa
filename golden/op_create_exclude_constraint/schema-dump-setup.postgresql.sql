-- Outside the model, for tests/schema-dump.t: the extension the first
-- revision's execute installs (its exclusion constraint needs btree_gist).
CREATE EXTENSION IF NOT EXISTS btree_gist;

SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> b9e0000a0001, literals

-- versions/b9e0000a0001_literals.mig:10
CREATE TYPE quirk AS ENUM ('it''s', 'back\slash', 'trailing\', '''', 'ünïcödé', '日本語', '🙂');

-- versions/b9e0000a0001_literals.mig:11
CREATE TABLE lit (
    id INTEGER NOT NULL,
    s_quote TEXT DEFAULT 'O''Brien',
    s_double TEXT DEFAULT 'two '''' quotes',
    s_only_q TEXT DEFAULT '''',
    s_backslash TEXT DEFAULT 'C:\path\to\file',
    s_trail_bs TEXT DEFAULT 'ends with \',
    s_bs_quote TEXT DEFAULT 'a\''b',
    s_empty TEXT DEFAULT '' NOT NULL,
    s_unicode TEXT DEFAULT 'naïve café — “quotes” 日本語 🙂',
    s_comment TEXT DEFAULT '-- not a comment /* nor this */',
    s_dollar TEXT DEFAULT '$$ and $tag$',
    s_newline TEXT DEFAULT 'line one
line two	tabbed',
    "naïve" quirk DEFAULT 'trailing\',
    n_neg INTEGER DEFAULT -7,
    n_zero INTEGER DEFAULT 0,
    n_lead0 INTEGER DEFAULT 007,
    n_big BIGINT DEFAULT 9223372036854775807,
    n_bigneg BIGINT DEFAULT -9223372036854775808,
    n_frac NUMERIC(10, 4) DEFAULT 3.14,
    n_dot NUMERIC(10, 4) DEFAULT .5,
    n_negfrac NUMERIC(10, 4) DEFAULT -0.0001,
    n_exp DOUBLE PRECISION DEFAULT 1e9,
    n_negexp DOUBLE PRECISION DEFAULT -1.5E-10,
    n_expplus DOUBLE PRECISION DEFAULT 2.5e+3,
    n_exp_int BIGINT DEFAULT 1e9,
    PRIMARY KEY (id)
);

COMMENT ON TABLE lit IS 'comment with ''quotes'', a \ backslash and
a line break';

INSERT INTO alembic_version (version_num) VALUES ('b9e0000a0001');

-- Running upgrade b9e0000a0001 -> b9e0000a0002, literal rows

-- versions/b9e0000a0002_literal_rows.mig:8
INSERT INTO lit (id, s_quote, s_backslash, s_unicode, "naïve", n_neg, n_frac, n_exp) VALUES (1, 'it''s', '\', '🙂', 'it''s', -1, -.25, -1e-3), (2, '''''', 'a\\b\n', 'ß', '🙂', 2147483647, 123456.7890, 6.02e23), (3, 'semi; colon', '\''', '日本語', '''', -2147483648, 0.0, 0e0);

-- versions/b9e0000a0002_literal_rows.mig:12
ALTER TABLE lit ALTER COLUMN s_quote SET DEFAULT 'it''s \ new';

COMMENT ON COLUMN lit.s_quote IS 'O''Brien''s column';

-- versions/b9e0000a0002_literal_rows.mig:13
ALTER TABLE lit ALTER COLUMN n_neg SET DEFAULT -42;

-- versions/b9e0000a0002_literal_rows.mig:14
ALTER TABLE lit ALTER COLUMN n_exp SET DEFAULT -6.02E-23;

UPDATE alembic_version SET version_num='b9e0000a0002' WHERE alembic_version.version_num = 'b9e0000a0001';

COMMIT;


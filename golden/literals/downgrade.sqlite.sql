PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade b9e0000a0002 -> b9e0000a0001, literal rows

-- versions/b9e0000a0002_literal_rows.mig:18
CREATE TABLE _retort_tmp_lit (
    id INTEGER NOT NULL,
    s_quote TEXT DEFAULT 'it''s \ new',
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
    "naïve" VARCHAR(10) DEFAULT 'trailing\',
    n_neg INTEGER DEFAULT -42,
    n_zero INTEGER DEFAULT 0,
    n_lead0 INTEGER DEFAULT 007,
    n_big BIGINT DEFAULT 9223372036854775807,
    n_bigneg BIGINT DEFAULT -9223372036854775808,
    n_frac NUMERIC(10, 4) DEFAULT 3.14,
    n_dot NUMERIC(10, 4) DEFAULT .5,
    n_negfrac NUMERIC(10, 4) DEFAULT -0.0001,
    n_exp DOUBLE DEFAULT 1e9,
    n_negexp DOUBLE DEFAULT -1.5E-10,
    n_expplus DOUBLE DEFAULT 2.5e+3,
    n_exp_int BIGINT DEFAULT 1e9,
    CHECK ("naïve" IN ('it''s', 'back\slash', 'trailing\', '''', 'ünïcödé', '日本語', '🙂')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_lit (id, s_quote, s_double, s_only_q, s_backslash, s_trail_bs, s_bs_quote, s_empty, s_unicode, s_comment, s_dollar, s_newline, "naïve", n_neg, n_zero, n_lead0, n_big, n_bigneg, n_frac, n_dot, n_negfrac, n_exp, n_negexp, n_expplus, n_exp_int) SELECT id, s_quote, s_double, s_only_q, s_backslash, s_trail_bs, s_bs_quote, s_empty, s_unicode, s_comment, s_dollar, s_newline, "naïve", n_neg, n_zero, n_lead0, n_big, n_bigneg, n_frac, n_dot, n_negfrac, n_exp, n_negexp, n_expplus, n_exp_int FROM lit;

DROP TABLE lit;

ALTER TABLE _retort_tmp_lit RENAME TO lit;

PRAGMA foreign_key_check(lit);

-- versions/b9e0000a0002_literal_rows.mig:19
CREATE TABLE _retort_tmp_lit (
    id INTEGER NOT NULL,
    s_quote TEXT DEFAULT 'it''s \ new',
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
    "naïve" VARCHAR(10) DEFAULT 'trailing\',
    n_neg INTEGER DEFAULT -7,
    n_zero INTEGER DEFAULT 0,
    n_lead0 INTEGER DEFAULT 007,
    n_big BIGINT DEFAULT 9223372036854775807,
    n_bigneg BIGINT DEFAULT -9223372036854775808,
    n_frac NUMERIC(10, 4) DEFAULT 3.14,
    n_dot NUMERIC(10, 4) DEFAULT .5,
    n_negfrac NUMERIC(10, 4) DEFAULT -0.0001,
    n_exp DOUBLE DEFAULT 1e9,
    n_negexp DOUBLE DEFAULT -1.5E-10,
    n_expplus DOUBLE DEFAULT 2.5e+3,
    n_exp_int BIGINT DEFAULT 1e9,
    CHECK ("naïve" IN ('it''s', 'back\slash', 'trailing\', '''', 'ünïcödé', '日本語', '🙂')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_lit (id, s_quote, s_double, s_only_q, s_backslash, s_trail_bs, s_bs_quote, s_empty, s_unicode, s_comment, s_dollar, s_newline, "naïve", n_neg, n_zero, n_lead0, n_big, n_bigneg, n_frac, n_dot, n_negfrac, n_exp, n_negexp, n_expplus, n_exp_int) SELECT id, s_quote, s_double, s_only_q, s_backslash, s_trail_bs, s_bs_quote, s_empty, s_unicode, s_comment, s_dollar, s_newline, "naïve", n_neg, n_zero, n_lead0, n_big, n_bigneg, n_frac, n_dot, n_negfrac, n_exp, n_negexp, n_expplus, n_exp_int FROM lit;

DROP TABLE lit;

ALTER TABLE _retort_tmp_lit RENAME TO lit;

PRAGMA foreign_key_check(lit);

-- versions/b9e0000a0002_literal_rows.mig:20
CREATE TABLE _retort_tmp_lit (
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
    "naïve" VARCHAR(10) DEFAULT 'trailing\',
    n_neg INTEGER DEFAULT -7,
    n_zero INTEGER DEFAULT 0,
    n_lead0 INTEGER DEFAULT 007,
    n_big BIGINT DEFAULT 9223372036854775807,
    n_bigneg BIGINT DEFAULT -9223372036854775808,
    n_frac NUMERIC(10, 4) DEFAULT 3.14,
    n_dot NUMERIC(10, 4) DEFAULT .5,
    n_negfrac NUMERIC(10, 4) DEFAULT -0.0001,
    n_exp DOUBLE DEFAULT 1e9,
    n_negexp DOUBLE DEFAULT -1.5E-10,
    n_expplus DOUBLE DEFAULT 2.5e+3,
    n_exp_int BIGINT DEFAULT 1e9,
    CHECK ("naïve" IN ('it''s', 'back\slash', 'trailing\', '''', 'ünïcödé', '日本語', '🙂')),
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_lit (id, s_quote, s_double, s_only_q, s_backslash, s_trail_bs, s_bs_quote, s_empty, s_unicode, s_comment, s_dollar, s_newline, "naïve", n_neg, n_zero, n_lead0, n_big, n_bigneg, n_frac, n_dot, n_negfrac, n_exp, n_negexp, n_expplus, n_exp_int) SELECT id, s_quote, s_double, s_only_q, s_backslash, s_trail_bs, s_bs_quote, s_empty, s_unicode, s_comment, s_dollar, s_newline, "naïve", n_neg, n_zero, n_lead0, n_big, n_bigneg, n_frac, n_dot, n_negfrac, n_exp, n_negexp, n_expplus, n_exp_int FROM lit;

DROP TABLE lit;

ALTER TABLE _retort_tmp_lit RENAME TO lit;

PRAGMA foreign_key_check(lit);

-- sqlite keeps no comments: column lit.s_quote has no comment now

-- versions/b9e0000a0002_literal_rows.mig:21
DELETE FROM lit WHERE id IN (1, 2, 3);

UPDATE alembic_version SET version_num='b9e0000a0001' WHERE alembic_version.version_num = 'b9e0000a0002';

-- Running downgrade b9e0000a0001 -> <base>, literals

-- versions/b9e0000a0001_literals.mig:43
DROP TABLE lit;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b9e0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


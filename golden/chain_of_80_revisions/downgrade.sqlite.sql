PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade d0080 -> d0079, table 80

-- versions/d0080_table_80.mig:15
CREATE TABLE _retort_tmp_t80 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t80 (id, prev_id) SELECT id, prev_id FROM t80;

DROP TABLE t80;

ALTER TABLE _retort_tmp_t80 RENAME TO t80;

CREATE INDEX ix_t80_prev ON t80 (prev_id);

PRAGMA foreign_key_check(t80);

-- versions/d0080_table_80.mig:16
DROP INDEX ix_t80_prev;

-- versions/d0080_table_80.mig:17
DROP TABLE t80;

UPDATE alembic_version SET version_num='d0079' WHERE alembic_version.version_num = 'd0080';

-- Running downgrade d0079 -> d0078, table 79

-- versions/d0079_table_79.mig:15
CREATE TABLE _retort_tmp_t79 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t79 (id, prev_id) SELECT id, prev_id FROM t79;

DROP TABLE t79;

ALTER TABLE _retort_tmp_t79 RENAME TO t79;

CREATE INDEX ix_t79_prev ON t79 (prev_id);

PRAGMA foreign_key_check(t79);

-- versions/d0079_table_79.mig:16
DROP INDEX ix_t79_prev;

-- versions/d0079_table_79.mig:17
DROP TABLE t79;

UPDATE alembic_version SET version_num='d0078' WHERE alembic_version.version_num = 'd0079';

-- Running downgrade d0078 -> d0077, table 78

-- versions/d0078_table_78.mig:15
CREATE TABLE _retort_tmp_t78 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t78 (id, prev_id) SELECT id, prev_id FROM t78;

DROP TABLE t78;

ALTER TABLE _retort_tmp_t78 RENAME TO t78;

CREATE INDEX ix_t78_prev ON t78 (prev_id);

PRAGMA foreign_key_check(t78);

-- versions/d0078_table_78.mig:16
DROP INDEX ix_t78_prev;

-- versions/d0078_table_78.mig:17
DROP TABLE t78;

UPDATE alembic_version SET version_num='d0077' WHERE alembic_version.version_num = 'd0078';

-- Running downgrade d0077 -> d0076, table 77

-- versions/d0077_table_77.mig:15
CREATE TABLE _retort_tmp_t77 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t77 (id, prev_id) SELECT id, prev_id FROM t77;

DROP TABLE t77;

ALTER TABLE _retort_tmp_t77 RENAME TO t77;

CREATE INDEX ix_t77_prev ON t77 (prev_id);

PRAGMA foreign_key_check(t77);

-- versions/d0077_table_77.mig:16
DROP INDEX ix_t77_prev;

-- versions/d0077_table_77.mig:17
DROP TABLE t77;

UPDATE alembic_version SET version_num='d0076' WHERE alembic_version.version_num = 'd0077';

-- Running downgrade d0076 -> d0075, table 76

-- versions/d0076_table_76.mig:15
CREATE TABLE _retort_tmp_t76 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t76 (id, prev_id) SELECT id, prev_id FROM t76;

DROP TABLE t76;

ALTER TABLE _retort_tmp_t76 RENAME TO t76;

CREATE INDEX ix_t76_prev ON t76 (prev_id);

PRAGMA foreign_key_check(t76);

-- versions/d0076_table_76.mig:16
DROP INDEX ix_t76_prev;

-- versions/d0076_table_76.mig:17
DROP TABLE t76;

UPDATE alembic_version SET version_num='d0075' WHERE alembic_version.version_num = 'd0076';

-- Running downgrade d0075 -> d0074, table 75

-- versions/d0075_table_75.mig:15
CREATE TABLE _retort_tmp_t75 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t75 (id, prev_id) SELECT id, prev_id FROM t75;

DROP TABLE t75;

ALTER TABLE _retort_tmp_t75 RENAME TO t75;

CREATE INDEX ix_t75_prev ON t75 (prev_id);

PRAGMA foreign_key_check(t75);

-- versions/d0075_table_75.mig:16
DROP INDEX ix_t75_prev;

-- versions/d0075_table_75.mig:17
DROP TABLE t75;

UPDATE alembic_version SET version_num='d0074' WHERE alembic_version.version_num = 'd0075';

-- Running downgrade d0074 -> d0073, table 74

-- versions/d0074_table_74.mig:15
CREATE TABLE _retort_tmp_t74 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t74 (id, prev_id) SELECT id, prev_id FROM t74;

DROP TABLE t74;

ALTER TABLE _retort_tmp_t74 RENAME TO t74;

CREATE INDEX ix_t74_prev ON t74 (prev_id);

PRAGMA foreign_key_check(t74);

-- versions/d0074_table_74.mig:16
DROP INDEX ix_t74_prev;

-- versions/d0074_table_74.mig:17
DROP TABLE t74;

UPDATE alembic_version SET version_num='d0073' WHERE alembic_version.version_num = 'd0074';

-- Running downgrade d0073 -> d0072, table 73

-- versions/d0073_table_73.mig:15
CREATE TABLE _retort_tmp_t73 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t73 (id, prev_id) SELECT id, prev_id FROM t73;

DROP TABLE t73;

ALTER TABLE _retort_tmp_t73 RENAME TO t73;

CREATE INDEX ix_t73_prev ON t73 (prev_id);

PRAGMA foreign_key_check(t73);

-- versions/d0073_table_73.mig:16
DROP INDEX ix_t73_prev;

-- versions/d0073_table_73.mig:17
DROP TABLE t73;

UPDATE alembic_version SET version_num='d0072' WHERE alembic_version.version_num = 'd0073';

-- Running downgrade d0072 -> d0071, table 72

-- versions/d0072_table_72.mig:15
CREATE TABLE _retort_tmp_t72 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t72 (id, prev_id) SELECT id, prev_id FROM t72;

DROP TABLE t72;

ALTER TABLE _retort_tmp_t72 RENAME TO t72;

CREATE INDEX ix_t72_prev ON t72 (prev_id);

PRAGMA foreign_key_check(t72);

-- versions/d0072_table_72.mig:16
DROP INDEX ix_t72_prev;

-- versions/d0072_table_72.mig:17
DROP TABLE t72;

UPDATE alembic_version SET version_num='d0071' WHERE alembic_version.version_num = 'd0072';

-- Running downgrade d0071 -> d0070, table 71

-- versions/d0071_table_71.mig:15
CREATE TABLE _retort_tmp_t71 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t71 (id, prev_id) SELECT id, prev_id FROM t71;

DROP TABLE t71;

ALTER TABLE _retort_tmp_t71 RENAME TO t71;

CREATE INDEX ix_t71_prev ON t71 (prev_id);

PRAGMA foreign_key_check(t71);

-- versions/d0071_table_71.mig:16
DROP INDEX ix_t71_prev;

-- versions/d0071_table_71.mig:17
DROP TABLE t71;

UPDATE alembic_version SET version_num='d0070' WHERE alembic_version.version_num = 'd0071';

-- Running downgrade d0070 -> d0069, table 70

-- versions/d0070_table_70.mig:15
CREATE TABLE _retort_tmp_t70 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t70 (id, prev_id) SELECT id, prev_id FROM t70;

DROP TABLE t70;

ALTER TABLE _retort_tmp_t70 RENAME TO t70;

CREATE INDEX ix_t70_prev ON t70 (prev_id);

PRAGMA foreign_key_check(t70);

-- versions/d0070_table_70.mig:16
DROP INDEX ix_t70_prev;

-- versions/d0070_table_70.mig:17
DROP TABLE t70;

UPDATE alembic_version SET version_num='d0069' WHERE alembic_version.version_num = 'd0070';

-- Running downgrade d0069 -> d0068, table 69

-- versions/d0069_table_69.mig:15
CREATE TABLE _retort_tmp_t69 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t69 (id, prev_id) SELECT id, prev_id FROM t69;

DROP TABLE t69;

ALTER TABLE _retort_tmp_t69 RENAME TO t69;

CREATE INDEX ix_t69_prev ON t69 (prev_id);

PRAGMA foreign_key_check(t69);

-- versions/d0069_table_69.mig:16
DROP INDEX ix_t69_prev;

-- versions/d0069_table_69.mig:17
DROP TABLE t69;

UPDATE alembic_version SET version_num='d0068' WHERE alembic_version.version_num = 'd0069';

-- Running downgrade d0068 -> d0067, table 68

-- versions/d0068_table_68.mig:15
CREATE TABLE _retort_tmp_t68 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t68 (id, prev_id) SELECT id, prev_id FROM t68;

DROP TABLE t68;

ALTER TABLE _retort_tmp_t68 RENAME TO t68;

CREATE INDEX ix_t68_prev ON t68 (prev_id);

PRAGMA foreign_key_check(t68);

-- versions/d0068_table_68.mig:16
DROP INDEX ix_t68_prev;

-- versions/d0068_table_68.mig:17
DROP TABLE t68;

UPDATE alembic_version SET version_num='d0067' WHERE alembic_version.version_num = 'd0068';

-- Running downgrade d0067 -> d0066, table 67

-- versions/d0067_table_67.mig:15
CREATE TABLE _retort_tmp_t67 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t67 (id, prev_id) SELECT id, prev_id FROM t67;

DROP TABLE t67;

ALTER TABLE _retort_tmp_t67 RENAME TO t67;

CREATE INDEX ix_t67_prev ON t67 (prev_id);

PRAGMA foreign_key_check(t67);

-- versions/d0067_table_67.mig:16
DROP INDEX ix_t67_prev;

-- versions/d0067_table_67.mig:17
DROP TABLE t67;

UPDATE alembic_version SET version_num='d0066' WHERE alembic_version.version_num = 'd0067';

-- Running downgrade d0066 -> d0065, table 66

-- versions/d0066_table_66.mig:15
CREATE TABLE _retort_tmp_t66 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t66 (id, prev_id) SELECT id, prev_id FROM t66;

DROP TABLE t66;

ALTER TABLE _retort_tmp_t66 RENAME TO t66;

CREATE INDEX ix_t66_prev ON t66 (prev_id);

PRAGMA foreign_key_check(t66);

-- versions/d0066_table_66.mig:16
DROP INDEX ix_t66_prev;

-- versions/d0066_table_66.mig:17
DROP TABLE t66;

UPDATE alembic_version SET version_num='d0065' WHERE alembic_version.version_num = 'd0066';

-- Running downgrade d0065 -> d0064, table 65

-- versions/d0065_table_65.mig:15
CREATE TABLE _retort_tmp_t65 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t65 (id, prev_id) SELECT id, prev_id FROM t65;

DROP TABLE t65;

ALTER TABLE _retort_tmp_t65 RENAME TO t65;

CREATE INDEX ix_t65_prev ON t65 (prev_id);

PRAGMA foreign_key_check(t65);

-- versions/d0065_table_65.mig:16
DROP INDEX ix_t65_prev;

-- versions/d0065_table_65.mig:17
DROP TABLE t65;

UPDATE alembic_version SET version_num='d0064' WHERE alembic_version.version_num = 'd0065';

-- Running downgrade d0064 -> d0063, table 64

-- versions/d0064_table_64.mig:15
CREATE TABLE _retort_tmp_t64 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t64 (id, prev_id) SELECT id, prev_id FROM t64;

DROP TABLE t64;

ALTER TABLE _retort_tmp_t64 RENAME TO t64;

CREATE INDEX ix_t64_prev ON t64 (prev_id);

PRAGMA foreign_key_check(t64);

-- versions/d0064_table_64.mig:16
DROP INDEX ix_t64_prev;

-- versions/d0064_table_64.mig:17
DROP TABLE t64;

UPDATE alembic_version SET version_num='d0063' WHERE alembic_version.version_num = 'd0064';

-- Running downgrade d0063 -> d0062, table 63

-- versions/d0063_table_63.mig:15
CREATE TABLE _retort_tmp_t63 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t63 (id, prev_id) SELECT id, prev_id FROM t63;

DROP TABLE t63;

ALTER TABLE _retort_tmp_t63 RENAME TO t63;

CREATE INDEX ix_t63_prev ON t63 (prev_id);

PRAGMA foreign_key_check(t63);

-- versions/d0063_table_63.mig:16
DROP INDEX ix_t63_prev;

-- versions/d0063_table_63.mig:17
DROP TABLE t63;

UPDATE alembic_version SET version_num='d0062' WHERE alembic_version.version_num = 'd0063';

-- Running downgrade d0062 -> d0061, table 62

-- versions/d0062_table_62.mig:15
CREATE TABLE _retort_tmp_t62 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t62 (id, prev_id) SELECT id, prev_id FROM t62;

DROP TABLE t62;

ALTER TABLE _retort_tmp_t62 RENAME TO t62;

CREATE INDEX ix_t62_prev ON t62 (prev_id);

PRAGMA foreign_key_check(t62);

-- versions/d0062_table_62.mig:16
DROP INDEX ix_t62_prev;

-- versions/d0062_table_62.mig:17
DROP TABLE t62;

UPDATE alembic_version SET version_num='d0061' WHERE alembic_version.version_num = 'd0062';

-- Running downgrade d0061 -> d0060, table 61

-- versions/d0061_table_61.mig:15
CREATE TABLE _retort_tmp_t61 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t61 (id, prev_id) SELECT id, prev_id FROM t61;

DROP TABLE t61;

ALTER TABLE _retort_tmp_t61 RENAME TO t61;

CREATE INDEX ix_t61_prev ON t61 (prev_id);

PRAGMA foreign_key_check(t61);

-- versions/d0061_table_61.mig:16
DROP INDEX ix_t61_prev;

-- versions/d0061_table_61.mig:17
DROP TABLE t61;

UPDATE alembic_version SET version_num='d0060' WHERE alembic_version.version_num = 'd0061';

-- Running downgrade d0060 -> d0059, table 60

-- versions/d0060_table_60.mig:15
CREATE TABLE _retort_tmp_t60 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t60 (id, prev_id) SELECT id, prev_id FROM t60;

DROP TABLE t60;

ALTER TABLE _retort_tmp_t60 RENAME TO t60;

CREATE INDEX ix_t60_prev ON t60 (prev_id);

PRAGMA foreign_key_check(t60);

-- versions/d0060_table_60.mig:16
DROP INDEX ix_t60_prev;

-- versions/d0060_table_60.mig:17
DROP TABLE t60;

UPDATE alembic_version SET version_num='d0059' WHERE alembic_version.version_num = 'd0060';

-- Running downgrade d0059 -> d0058, table 59

-- versions/d0059_table_59.mig:15
CREATE TABLE _retort_tmp_t59 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t59 (id, prev_id) SELECT id, prev_id FROM t59;

DROP TABLE t59;

ALTER TABLE _retort_tmp_t59 RENAME TO t59;

CREATE INDEX ix_t59_prev ON t59 (prev_id);

PRAGMA foreign_key_check(t59);

-- versions/d0059_table_59.mig:16
DROP INDEX ix_t59_prev;

-- versions/d0059_table_59.mig:17
DROP TABLE t59;

UPDATE alembic_version SET version_num='d0058' WHERE alembic_version.version_num = 'd0059';

-- Running downgrade d0058 -> d0057, table 58

-- versions/d0058_table_58.mig:15
CREATE TABLE _retort_tmp_t58 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t58 (id, prev_id) SELECT id, prev_id FROM t58;

DROP TABLE t58;

ALTER TABLE _retort_tmp_t58 RENAME TO t58;

CREATE INDEX ix_t58_prev ON t58 (prev_id);

PRAGMA foreign_key_check(t58);

-- versions/d0058_table_58.mig:16
DROP INDEX ix_t58_prev;

-- versions/d0058_table_58.mig:17
DROP TABLE t58;

UPDATE alembic_version SET version_num='d0057' WHERE alembic_version.version_num = 'd0058';

-- Running downgrade d0057 -> d0056, table 57

-- versions/d0057_table_57.mig:15
CREATE TABLE _retort_tmp_t57 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t57 (id, prev_id) SELECT id, prev_id FROM t57;

DROP TABLE t57;

ALTER TABLE _retort_tmp_t57 RENAME TO t57;

CREATE INDEX ix_t57_prev ON t57 (prev_id);

PRAGMA foreign_key_check(t57);

-- versions/d0057_table_57.mig:16
DROP INDEX ix_t57_prev;

-- versions/d0057_table_57.mig:17
DROP TABLE t57;

UPDATE alembic_version SET version_num='d0056' WHERE alembic_version.version_num = 'd0057';

-- Running downgrade d0056 -> d0055, table 56

-- versions/d0056_table_56.mig:15
CREATE TABLE _retort_tmp_t56 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t56 (id, prev_id) SELECT id, prev_id FROM t56;

DROP TABLE t56;

ALTER TABLE _retort_tmp_t56 RENAME TO t56;

CREATE INDEX ix_t56_prev ON t56 (prev_id);

PRAGMA foreign_key_check(t56);

-- versions/d0056_table_56.mig:16
DROP INDEX ix_t56_prev;

-- versions/d0056_table_56.mig:17
DROP TABLE t56;

UPDATE alembic_version SET version_num='d0055' WHERE alembic_version.version_num = 'd0056';

-- Running downgrade d0055 -> d0054, table 55

-- versions/d0055_table_55.mig:15
CREATE TABLE _retort_tmp_t55 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t55 (id, prev_id) SELECT id, prev_id FROM t55;

DROP TABLE t55;

ALTER TABLE _retort_tmp_t55 RENAME TO t55;

CREATE INDEX ix_t55_prev ON t55 (prev_id);

PRAGMA foreign_key_check(t55);

-- versions/d0055_table_55.mig:16
DROP INDEX ix_t55_prev;

-- versions/d0055_table_55.mig:17
DROP TABLE t55;

UPDATE alembic_version SET version_num='d0054' WHERE alembic_version.version_num = 'd0055';

-- Running downgrade d0054 -> d0053, table 54

-- versions/d0054_table_54.mig:15
CREATE TABLE _retort_tmp_t54 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t54 (id, prev_id) SELECT id, prev_id FROM t54;

DROP TABLE t54;

ALTER TABLE _retort_tmp_t54 RENAME TO t54;

CREATE INDEX ix_t54_prev ON t54 (prev_id);

PRAGMA foreign_key_check(t54);

-- versions/d0054_table_54.mig:16
DROP INDEX ix_t54_prev;

-- versions/d0054_table_54.mig:17
DROP TABLE t54;

UPDATE alembic_version SET version_num='d0053' WHERE alembic_version.version_num = 'd0054';

-- Running downgrade d0053 -> d0052, table 53

-- versions/d0053_table_53.mig:15
CREATE TABLE _retort_tmp_t53 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t53 (id, prev_id) SELECT id, prev_id FROM t53;

DROP TABLE t53;

ALTER TABLE _retort_tmp_t53 RENAME TO t53;

CREATE INDEX ix_t53_prev ON t53 (prev_id);

PRAGMA foreign_key_check(t53);

-- versions/d0053_table_53.mig:16
DROP INDEX ix_t53_prev;

-- versions/d0053_table_53.mig:17
DROP TABLE t53;

UPDATE alembic_version SET version_num='d0052' WHERE alembic_version.version_num = 'd0053';

-- Running downgrade d0052 -> d0051, table 52

-- versions/d0052_table_52.mig:15
CREATE TABLE _retort_tmp_t52 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t52 (id, prev_id) SELECT id, prev_id FROM t52;

DROP TABLE t52;

ALTER TABLE _retort_tmp_t52 RENAME TO t52;

CREATE INDEX ix_t52_prev ON t52 (prev_id);

PRAGMA foreign_key_check(t52);

-- versions/d0052_table_52.mig:16
DROP INDEX ix_t52_prev;

-- versions/d0052_table_52.mig:17
DROP TABLE t52;

UPDATE alembic_version SET version_num='d0051' WHERE alembic_version.version_num = 'd0052';

-- Running downgrade d0051 -> d0050, table 51

-- versions/d0051_table_51.mig:15
CREATE TABLE _retort_tmp_t51 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t51 (id, prev_id) SELECT id, prev_id FROM t51;

DROP TABLE t51;

ALTER TABLE _retort_tmp_t51 RENAME TO t51;

CREATE INDEX ix_t51_prev ON t51 (prev_id);

PRAGMA foreign_key_check(t51);

-- versions/d0051_table_51.mig:16
DROP INDEX ix_t51_prev;

-- versions/d0051_table_51.mig:17
DROP TABLE t51;

UPDATE alembic_version SET version_num='d0050' WHERE alembic_version.version_num = 'd0051';

-- Running downgrade d0050 -> d0049, table 50

-- versions/d0050_table_50.mig:15
CREATE TABLE _retort_tmp_t50 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t50 (id, prev_id) SELECT id, prev_id FROM t50;

DROP TABLE t50;

ALTER TABLE _retort_tmp_t50 RENAME TO t50;

CREATE INDEX ix_t50_prev ON t50 (prev_id);

PRAGMA foreign_key_check(t50);

-- versions/d0050_table_50.mig:16
DROP INDEX ix_t50_prev;

-- versions/d0050_table_50.mig:17
DROP TABLE t50;

UPDATE alembic_version SET version_num='d0049' WHERE alembic_version.version_num = 'd0050';

-- Running downgrade d0049 -> d0048, table 49

-- versions/d0049_table_49.mig:15
CREATE TABLE _retort_tmp_t49 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t49 (id, prev_id) SELECT id, prev_id FROM t49;

DROP TABLE t49;

ALTER TABLE _retort_tmp_t49 RENAME TO t49;

CREATE INDEX ix_t49_prev ON t49 (prev_id);

PRAGMA foreign_key_check(t49);

-- versions/d0049_table_49.mig:16
DROP INDEX ix_t49_prev;

-- versions/d0049_table_49.mig:17
DROP TABLE t49;

UPDATE alembic_version SET version_num='d0048' WHERE alembic_version.version_num = 'd0049';

-- Running downgrade d0048 -> d0047, table 48

-- versions/d0048_table_48.mig:15
CREATE TABLE _retort_tmp_t48 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t48 (id, prev_id) SELECT id, prev_id FROM t48;

DROP TABLE t48;

ALTER TABLE _retort_tmp_t48 RENAME TO t48;

CREATE INDEX ix_t48_prev ON t48 (prev_id);

PRAGMA foreign_key_check(t48);

-- versions/d0048_table_48.mig:16
DROP INDEX ix_t48_prev;

-- versions/d0048_table_48.mig:17
DROP TABLE t48;

UPDATE alembic_version SET version_num='d0047' WHERE alembic_version.version_num = 'd0048';

-- Running downgrade d0047 -> d0046, table 47

-- versions/d0047_table_47.mig:15
CREATE TABLE _retort_tmp_t47 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t47 (id, prev_id) SELECT id, prev_id FROM t47;

DROP TABLE t47;

ALTER TABLE _retort_tmp_t47 RENAME TO t47;

CREATE INDEX ix_t47_prev ON t47 (prev_id);

PRAGMA foreign_key_check(t47);

-- versions/d0047_table_47.mig:16
DROP INDEX ix_t47_prev;

-- versions/d0047_table_47.mig:17
DROP TABLE t47;

UPDATE alembic_version SET version_num='d0046' WHERE alembic_version.version_num = 'd0047';

-- Running downgrade d0046 -> d0045, table 46

-- versions/d0046_table_46.mig:15
CREATE TABLE _retort_tmp_t46 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t46 (id, prev_id) SELECT id, prev_id FROM t46;

DROP TABLE t46;

ALTER TABLE _retort_tmp_t46 RENAME TO t46;

CREATE INDEX ix_t46_prev ON t46 (prev_id);

PRAGMA foreign_key_check(t46);

-- versions/d0046_table_46.mig:16
DROP INDEX ix_t46_prev;

-- versions/d0046_table_46.mig:17
DROP TABLE t46;

UPDATE alembic_version SET version_num='d0045' WHERE alembic_version.version_num = 'd0046';

-- Running downgrade d0045 -> d0044, table 45

-- versions/d0045_table_45.mig:15
CREATE TABLE _retort_tmp_t45 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t45 (id, prev_id) SELECT id, prev_id FROM t45;

DROP TABLE t45;

ALTER TABLE _retort_tmp_t45 RENAME TO t45;

CREATE INDEX ix_t45_prev ON t45 (prev_id);

PRAGMA foreign_key_check(t45);

-- versions/d0045_table_45.mig:16
DROP INDEX ix_t45_prev;

-- versions/d0045_table_45.mig:17
DROP TABLE t45;

UPDATE alembic_version SET version_num='d0044' WHERE alembic_version.version_num = 'd0045';

-- Running downgrade d0044 -> d0043, table 44

-- versions/d0044_table_44.mig:15
CREATE TABLE _retort_tmp_t44 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t44 (id, prev_id) SELECT id, prev_id FROM t44;

DROP TABLE t44;

ALTER TABLE _retort_tmp_t44 RENAME TO t44;

CREATE INDEX ix_t44_prev ON t44 (prev_id);

PRAGMA foreign_key_check(t44);

-- versions/d0044_table_44.mig:16
DROP INDEX ix_t44_prev;

-- versions/d0044_table_44.mig:17
DROP TABLE t44;

UPDATE alembic_version SET version_num='d0043' WHERE alembic_version.version_num = 'd0044';

-- Running downgrade d0043 -> d0042, table 43

-- versions/d0043_table_43.mig:15
CREATE TABLE _retort_tmp_t43 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t43 (id, prev_id) SELECT id, prev_id FROM t43;

DROP TABLE t43;

ALTER TABLE _retort_tmp_t43 RENAME TO t43;

CREATE INDEX ix_t43_prev ON t43 (prev_id);

PRAGMA foreign_key_check(t43);

-- versions/d0043_table_43.mig:16
DROP INDEX ix_t43_prev;

-- versions/d0043_table_43.mig:17
DROP TABLE t43;

UPDATE alembic_version SET version_num='d0042' WHERE alembic_version.version_num = 'd0043';

-- Running downgrade d0042 -> d0041, table 42

-- versions/d0042_table_42.mig:15
CREATE TABLE _retort_tmp_t42 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t42 (id, prev_id) SELECT id, prev_id FROM t42;

DROP TABLE t42;

ALTER TABLE _retort_tmp_t42 RENAME TO t42;

CREATE INDEX ix_t42_prev ON t42 (prev_id);

PRAGMA foreign_key_check(t42);

-- versions/d0042_table_42.mig:16
DROP INDEX ix_t42_prev;

-- versions/d0042_table_42.mig:17
DROP TABLE t42;

UPDATE alembic_version SET version_num='d0041' WHERE alembic_version.version_num = 'd0042';

-- Running downgrade d0041 -> d0040, table 41

-- versions/d0041_table_41.mig:15
CREATE TABLE _retort_tmp_t41 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t41 (id, prev_id) SELECT id, prev_id FROM t41;

DROP TABLE t41;

ALTER TABLE _retort_tmp_t41 RENAME TO t41;

CREATE INDEX ix_t41_prev ON t41 (prev_id);

PRAGMA foreign_key_check(t41);

-- versions/d0041_table_41.mig:16
DROP INDEX ix_t41_prev;

-- versions/d0041_table_41.mig:17
DROP TABLE t41;

UPDATE alembic_version SET version_num='d0040' WHERE alembic_version.version_num = 'd0041';

-- Running downgrade d0040 -> d0039, table 40

-- versions/d0040_table_40.mig:15
CREATE TABLE _retort_tmp_t40 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t40 (id, prev_id) SELECT id, prev_id FROM t40;

DROP TABLE t40;

ALTER TABLE _retort_tmp_t40 RENAME TO t40;

CREATE INDEX ix_t40_prev ON t40 (prev_id);

PRAGMA foreign_key_check(t40);

-- versions/d0040_table_40.mig:16
DROP INDEX ix_t40_prev;

-- versions/d0040_table_40.mig:17
DROP TABLE t40;

UPDATE alembic_version SET version_num='d0039' WHERE alembic_version.version_num = 'd0040';

-- Running downgrade d0039 -> d0038, table 39

-- versions/d0039_table_39.mig:15
CREATE TABLE _retort_tmp_t39 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t39 (id, prev_id) SELECT id, prev_id FROM t39;

DROP TABLE t39;

ALTER TABLE _retort_tmp_t39 RENAME TO t39;

CREATE INDEX ix_t39_prev ON t39 (prev_id);

PRAGMA foreign_key_check(t39);

-- versions/d0039_table_39.mig:16
DROP INDEX ix_t39_prev;

-- versions/d0039_table_39.mig:17
DROP TABLE t39;

UPDATE alembic_version SET version_num='d0038' WHERE alembic_version.version_num = 'd0039';

-- Running downgrade d0038 -> d0037, table 38

-- versions/d0038_table_38.mig:15
CREATE TABLE _retort_tmp_t38 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t38 (id, prev_id) SELECT id, prev_id FROM t38;

DROP TABLE t38;

ALTER TABLE _retort_tmp_t38 RENAME TO t38;

CREATE INDEX ix_t38_prev ON t38 (prev_id);

PRAGMA foreign_key_check(t38);

-- versions/d0038_table_38.mig:16
DROP INDEX ix_t38_prev;

-- versions/d0038_table_38.mig:17
DROP TABLE t38;

UPDATE alembic_version SET version_num='d0037' WHERE alembic_version.version_num = 'd0038';

-- Running downgrade d0037 -> d0036, table 37

-- versions/d0037_table_37.mig:15
CREATE TABLE _retort_tmp_t37 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t37 (id, prev_id) SELECT id, prev_id FROM t37;

DROP TABLE t37;

ALTER TABLE _retort_tmp_t37 RENAME TO t37;

CREATE INDEX ix_t37_prev ON t37 (prev_id);

PRAGMA foreign_key_check(t37);

-- versions/d0037_table_37.mig:16
DROP INDEX ix_t37_prev;

-- versions/d0037_table_37.mig:17
DROP TABLE t37;

UPDATE alembic_version SET version_num='d0036' WHERE alembic_version.version_num = 'd0037';

-- Running downgrade d0036 -> d0035, table 36

-- versions/d0036_table_36.mig:15
CREATE TABLE _retort_tmp_t36 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t36 (id, prev_id) SELECT id, prev_id FROM t36;

DROP TABLE t36;

ALTER TABLE _retort_tmp_t36 RENAME TO t36;

CREATE INDEX ix_t36_prev ON t36 (prev_id);

PRAGMA foreign_key_check(t36);

-- versions/d0036_table_36.mig:16
DROP INDEX ix_t36_prev;

-- versions/d0036_table_36.mig:17
DROP TABLE t36;

UPDATE alembic_version SET version_num='d0035' WHERE alembic_version.version_num = 'd0036';

-- Running downgrade d0035 -> d0034, table 35

-- versions/d0035_table_35.mig:15
CREATE TABLE _retort_tmp_t35 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t35 (id, prev_id) SELECT id, prev_id FROM t35;

DROP TABLE t35;

ALTER TABLE _retort_tmp_t35 RENAME TO t35;

CREATE INDEX ix_t35_prev ON t35 (prev_id);

PRAGMA foreign_key_check(t35);

-- versions/d0035_table_35.mig:16
DROP INDEX ix_t35_prev;

-- versions/d0035_table_35.mig:17
DROP TABLE t35;

UPDATE alembic_version SET version_num='d0034' WHERE alembic_version.version_num = 'd0035';

-- Running downgrade d0034 -> d0033, table 34

-- versions/d0034_table_34.mig:15
CREATE TABLE _retort_tmp_t34 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t34 (id, prev_id) SELECT id, prev_id FROM t34;

DROP TABLE t34;

ALTER TABLE _retort_tmp_t34 RENAME TO t34;

CREATE INDEX ix_t34_prev ON t34 (prev_id);

PRAGMA foreign_key_check(t34);

-- versions/d0034_table_34.mig:16
DROP INDEX ix_t34_prev;

-- versions/d0034_table_34.mig:17
DROP TABLE t34;

UPDATE alembic_version SET version_num='d0033' WHERE alembic_version.version_num = 'd0034';

-- Running downgrade d0033 -> d0032, table 33

-- versions/d0033_table_33.mig:15
CREATE TABLE _retort_tmp_t33 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t33 (id, prev_id) SELECT id, prev_id FROM t33;

DROP TABLE t33;

ALTER TABLE _retort_tmp_t33 RENAME TO t33;

CREATE INDEX ix_t33_prev ON t33 (prev_id);

PRAGMA foreign_key_check(t33);

-- versions/d0033_table_33.mig:16
DROP INDEX ix_t33_prev;

-- versions/d0033_table_33.mig:17
DROP TABLE t33;

UPDATE alembic_version SET version_num='d0032' WHERE alembic_version.version_num = 'd0033';

-- Running downgrade d0032 -> d0031, table 32

-- versions/d0032_table_32.mig:15
CREATE TABLE _retort_tmp_t32 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t32 (id, prev_id) SELECT id, prev_id FROM t32;

DROP TABLE t32;

ALTER TABLE _retort_tmp_t32 RENAME TO t32;

CREATE INDEX ix_t32_prev ON t32 (prev_id);

PRAGMA foreign_key_check(t32);

-- versions/d0032_table_32.mig:16
DROP INDEX ix_t32_prev;

-- versions/d0032_table_32.mig:17
DROP TABLE t32;

UPDATE alembic_version SET version_num='d0031' WHERE alembic_version.version_num = 'd0032';

-- Running downgrade d0031 -> d0030, table 31

-- versions/d0031_table_31.mig:15
CREATE TABLE _retort_tmp_t31 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t31 (id, prev_id) SELECT id, prev_id FROM t31;

DROP TABLE t31;

ALTER TABLE _retort_tmp_t31 RENAME TO t31;

CREATE INDEX ix_t31_prev ON t31 (prev_id);

PRAGMA foreign_key_check(t31);

-- versions/d0031_table_31.mig:16
DROP INDEX ix_t31_prev;

-- versions/d0031_table_31.mig:17
DROP TABLE t31;

UPDATE alembic_version SET version_num='d0030' WHERE alembic_version.version_num = 'd0031';

-- Running downgrade d0030 -> d0029, table 30

-- versions/d0030_table_30.mig:15
CREATE TABLE _retort_tmp_t30 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t30 (id, prev_id) SELECT id, prev_id FROM t30;

DROP TABLE t30;

ALTER TABLE _retort_tmp_t30 RENAME TO t30;

CREATE INDEX ix_t30_prev ON t30 (prev_id);

PRAGMA foreign_key_check(t30);

-- versions/d0030_table_30.mig:16
DROP INDEX ix_t30_prev;

-- versions/d0030_table_30.mig:17
DROP TABLE t30;

UPDATE alembic_version SET version_num='d0029' WHERE alembic_version.version_num = 'd0030';

-- Running downgrade d0029 -> d0028, table 29

-- versions/d0029_table_29.mig:15
CREATE TABLE _retort_tmp_t29 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t29 (id, prev_id) SELECT id, prev_id FROM t29;

DROP TABLE t29;

ALTER TABLE _retort_tmp_t29 RENAME TO t29;

CREATE INDEX ix_t29_prev ON t29 (prev_id);

PRAGMA foreign_key_check(t29);

-- versions/d0029_table_29.mig:16
DROP INDEX ix_t29_prev;

-- versions/d0029_table_29.mig:17
DROP TABLE t29;

UPDATE alembic_version SET version_num='d0028' WHERE alembic_version.version_num = 'd0029';

-- Running downgrade d0028 -> d0027, table 28

-- versions/d0028_table_28.mig:15
CREATE TABLE _retort_tmp_t28 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t28 (id, prev_id) SELECT id, prev_id FROM t28;

DROP TABLE t28;

ALTER TABLE _retort_tmp_t28 RENAME TO t28;

CREATE INDEX ix_t28_prev ON t28 (prev_id);

PRAGMA foreign_key_check(t28);

-- versions/d0028_table_28.mig:16
DROP INDEX ix_t28_prev;

-- versions/d0028_table_28.mig:17
DROP TABLE t28;

UPDATE alembic_version SET version_num='d0027' WHERE alembic_version.version_num = 'd0028';

-- Running downgrade d0027 -> d0026, table 27

-- versions/d0027_table_27.mig:15
CREATE TABLE _retort_tmp_t27 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t27 (id, prev_id) SELECT id, prev_id FROM t27;

DROP TABLE t27;

ALTER TABLE _retort_tmp_t27 RENAME TO t27;

CREATE INDEX ix_t27_prev ON t27 (prev_id);

PRAGMA foreign_key_check(t27);

-- versions/d0027_table_27.mig:16
DROP INDEX ix_t27_prev;

-- versions/d0027_table_27.mig:17
DROP TABLE t27;

UPDATE alembic_version SET version_num='d0026' WHERE alembic_version.version_num = 'd0027';

-- Running downgrade d0026 -> d0025, table 26

-- versions/d0026_table_26.mig:15
CREATE TABLE _retort_tmp_t26 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t26 (id, prev_id) SELECT id, prev_id FROM t26;

DROP TABLE t26;

ALTER TABLE _retort_tmp_t26 RENAME TO t26;

CREATE INDEX ix_t26_prev ON t26 (prev_id);

PRAGMA foreign_key_check(t26);

-- versions/d0026_table_26.mig:16
DROP INDEX ix_t26_prev;

-- versions/d0026_table_26.mig:17
DROP TABLE t26;

UPDATE alembic_version SET version_num='d0025' WHERE alembic_version.version_num = 'd0026';

-- Running downgrade d0025 -> d0024, table 25

-- versions/d0025_table_25.mig:15
CREATE TABLE _retort_tmp_t25 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t25 (id, prev_id) SELECT id, prev_id FROM t25;

DROP TABLE t25;

ALTER TABLE _retort_tmp_t25 RENAME TO t25;

CREATE INDEX ix_t25_prev ON t25 (prev_id);

PRAGMA foreign_key_check(t25);

-- versions/d0025_table_25.mig:16
DROP INDEX ix_t25_prev;

-- versions/d0025_table_25.mig:17
DROP TABLE t25;

UPDATE alembic_version SET version_num='d0024' WHERE alembic_version.version_num = 'd0025';

-- Running downgrade d0024 -> d0023, table 24

-- versions/d0024_table_24.mig:15
CREATE TABLE _retort_tmp_t24 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t24 (id, prev_id) SELECT id, prev_id FROM t24;

DROP TABLE t24;

ALTER TABLE _retort_tmp_t24 RENAME TO t24;

CREATE INDEX ix_t24_prev ON t24 (prev_id);

PRAGMA foreign_key_check(t24);

-- versions/d0024_table_24.mig:16
DROP INDEX ix_t24_prev;

-- versions/d0024_table_24.mig:17
DROP TABLE t24;

UPDATE alembic_version SET version_num='d0023' WHERE alembic_version.version_num = 'd0024';

-- Running downgrade d0023 -> d0022, table 23

-- versions/d0023_table_23.mig:15
CREATE TABLE _retort_tmp_t23 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t23 (id, prev_id) SELECT id, prev_id FROM t23;

DROP TABLE t23;

ALTER TABLE _retort_tmp_t23 RENAME TO t23;

CREATE INDEX ix_t23_prev ON t23 (prev_id);

PRAGMA foreign_key_check(t23);

-- versions/d0023_table_23.mig:16
DROP INDEX ix_t23_prev;

-- versions/d0023_table_23.mig:17
DROP TABLE t23;

UPDATE alembic_version SET version_num='d0022' WHERE alembic_version.version_num = 'd0023';

-- Running downgrade d0022 -> d0021, table 22

-- versions/d0022_table_22.mig:15
CREATE TABLE _retort_tmp_t22 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t22 (id, prev_id) SELECT id, prev_id FROM t22;

DROP TABLE t22;

ALTER TABLE _retort_tmp_t22 RENAME TO t22;

CREATE INDEX ix_t22_prev ON t22 (prev_id);

PRAGMA foreign_key_check(t22);

-- versions/d0022_table_22.mig:16
DROP INDEX ix_t22_prev;

-- versions/d0022_table_22.mig:17
DROP TABLE t22;

UPDATE alembic_version SET version_num='d0021' WHERE alembic_version.version_num = 'd0022';

-- Running downgrade d0021 -> d0020, table 21

-- versions/d0021_table_21.mig:15
CREATE TABLE _retort_tmp_t21 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t21 (id, prev_id) SELECT id, prev_id FROM t21;

DROP TABLE t21;

ALTER TABLE _retort_tmp_t21 RENAME TO t21;

CREATE INDEX ix_t21_prev ON t21 (prev_id);

PRAGMA foreign_key_check(t21);

-- versions/d0021_table_21.mig:16
DROP INDEX ix_t21_prev;

-- versions/d0021_table_21.mig:17
DROP TABLE t21;

UPDATE alembic_version SET version_num='d0020' WHERE alembic_version.version_num = 'd0021';

-- Running downgrade d0020 -> d0019, table 20

-- versions/d0020_table_20.mig:15
CREATE TABLE _retort_tmp_t20 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t20 (id, prev_id) SELECT id, prev_id FROM t20;

DROP TABLE t20;

ALTER TABLE _retort_tmp_t20 RENAME TO t20;

CREATE INDEX ix_t20_prev ON t20 (prev_id);

PRAGMA foreign_key_check(t20);

-- versions/d0020_table_20.mig:16
DROP INDEX ix_t20_prev;

-- versions/d0020_table_20.mig:17
DROP TABLE t20;

UPDATE alembic_version SET version_num='d0019' WHERE alembic_version.version_num = 'd0020';

-- Running downgrade d0019 -> d0018, table 19

-- versions/d0019_table_19.mig:15
CREATE TABLE _retort_tmp_t19 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t19 (id, prev_id) SELECT id, prev_id FROM t19;

DROP TABLE t19;

ALTER TABLE _retort_tmp_t19 RENAME TO t19;

CREATE INDEX ix_t19_prev ON t19 (prev_id);

PRAGMA foreign_key_check(t19);

-- versions/d0019_table_19.mig:16
DROP INDEX ix_t19_prev;

-- versions/d0019_table_19.mig:17
DROP TABLE t19;

UPDATE alembic_version SET version_num='d0018' WHERE alembic_version.version_num = 'd0019';

-- Running downgrade d0018 -> d0017, table 18

-- versions/d0018_table_18.mig:15
CREATE TABLE _retort_tmp_t18 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t18 (id, prev_id) SELECT id, prev_id FROM t18;

DROP TABLE t18;

ALTER TABLE _retort_tmp_t18 RENAME TO t18;

CREATE INDEX ix_t18_prev ON t18 (prev_id);

PRAGMA foreign_key_check(t18);

-- versions/d0018_table_18.mig:16
DROP INDEX ix_t18_prev;

-- versions/d0018_table_18.mig:17
DROP TABLE t18;

UPDATE alembic_version SET version_num='d0017' WHERE alembic_version.version_num = 'd0018';

-- Running downgrade d0017 -> d0016, table 17

-- versions/d0017_table_17.mig:15
CREATE TABLE _retort_tmp_t17 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t17 (id, prev_id) SELECT id, prev_id FROM t17;

DROP TABLE t17;

ALTER TABLE _retort_tmp_t17 RENAME TO t17;

CREATE INDEX ix_t17_prev ON t17 (prev_id);

PRAGMA foreign_key_check(t17);

-- versions/d0017_table_17.mig:16
DROP INDEX ix_t17_prev;

-- versions/d0017_table_17.mig:17
DROP TABLE t17;

UPDATE alembic_version SET version_num='d0016' WHERE alembic_version.version_num = 'd0017';

-- Running downgrade d0016 -> d0015, table 16

-- versions/d0016_table_16.mig:15
CREATE TABLE _retort_tmp_t16 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t16 (id, prev_id) SELECT id, prev_id FROM t16;

DROP TABLE t16;

ALTER TABLE _retort_tmp_t16 RENAME TO t16;

CREATE INDEX ix_t16_prev ON t16 (prev_id);

PRAGMA foreign_key_check(t16);

-- versions/d0016_table_16.mig:16
DROP INDEX ix_t16_prev;

-- versions/d0016_table_16.mig:17
DROP TABLE t16;

UPDATE alembic_version SET version_num='d0015' WHERE alembic_version.version_num = 'd0016';

-- Running downgrade d0015 -> d0014, table 15

-- versions/d0015_table_15.mig:15
CREATE TABLE _retort_tmp_t15 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t15 (id, prev_id) SELECT id, prev_id FROM t15;

DROP TABLE t15;

ALTER TABLE _retort_tmp_t15 RENAME TO t15;

CREATE INDEX ix_t15_prev ON t15 (prev_id);

PRAGMA foreign_key_check(t15);

-- versions/d0015_table_15.mig:16
DROP INDEX ix_t15_prev;

-- versions/d0015_table_15.mig:17
DROP TABLE t15;

UPDATE alembic_version SET version_num='d0014' WHERE alembic_version.version_num = 'd0015';

-- Running downgrade d0014 -> d0013, table 14

-- versions/d0014_table_14.mig:15
CREATE TABLE _retort_tmp_t14 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t14 (id, prev_id) SELECT id, prev_id FROM t14;

DROP TABLE t14;

ALTER TABLE _retort_tmp_t14 RENAME TO t14;

CREATE INDEX ix_t14_prev ON t14 (prev_id);

PRAGMA foreign_key_check(t14);

-- versions/d0014_table_14.mig:16
DROP INDEX ix_t14_prev;

-- versions/d0014_table_14.mig:17
DROP TABLE t14;

UPDATE alembic_version SET version_num='d0013' WHERE alembic_version.version_num = 'd0014';

-- Running downgrade d0013 -> d0012, table 13

-- versions/d0013_table_13.mig:15
CREATE TABLE _retort_tmp_t13 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t13 (id, prev_id) SELECT id, prev_id FROM t13;

DROP TABLE t13;

ALTER TABLE _retort_tmp_t13 RENAME TO t13;

CREATE INDEX ix_t13_prev ON t13 (prev_id);

PRAGMA foreign_key_check(t13);

-- versions/d0013_table_13.mig:16
DROP INDEX ix_t13_prev;

-- versions/d0013_table_13.mig:17
DROP TABLE t13;

UPDATE alembic_version SET version_num='d0012' WHERE alembic_version.version_num = 'd0013';

-- Running downgrade d0012 -> d0011, table 12

-- versions/d0012_table_12.mig:15
CREATE TABLE _retort_tmp_t12 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t12 (id, prev_id) SELECT id, prev_id FROM t12;

DROP TABLE t12;

ALTER TABLE _retort_tmp_t12 RENAME TO t12;

CREATE INDEX ix_t12_prev ON t12 (prev_id);

PRAGMA foreign_key_check(t12);

-- versions/d0012_table_12.mig:16
DROP INDEX ix_t12_prev;

-- versions/d0012_table_12.mig:17
DROP TABLE t12;

UPDATE alembic_version SET version_num='d0011' WHERE alembic_version.version_num = 'd0012';

-- Running downgrade d0011 -> d0010, table 11

-- versions/d0011_table_11.mig:15
CREATE TABLE _retort_tmp_t11 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t11 (id, prev_id) SELECT id, prev_id FROM t11;

DROP TABLE t11;

ALTER TABLE _retort_tmp_t11 RENAME TO t11;

CREATE INDEX ix_t11_prev ON t11 (prev_id);

PRAGMA foreign_key_check(t11);

-- versions/d0011_table_11.mig:16
DROP INDEX ix_t11_prev;

-- versions/d0011_table_11.mig:17
DROP TABLE t11;

UPDATE alembic_version SET version_num='d0010' WHERE alembic_version.version_num = 'd0011';

-- Running downgrade d0010 -> d0009, table 10

-- versions/d0010_table_10.mig:15
CREATE TABLE _retort_tmp_t10 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t10 (id, prev_id) SELECT id, prev_id FROM t10;

DROP TABLE t10;

ALTER TABLE _retort_tmp_t10 RENAME TO t10;

CREATE INDEX ix_t10_prev ON t10 (prev_id);

PRAGMA foreign_key_check(t10);

-- versions/d0010_table_10.mig:16
DROP INDEX ix_t10_prev;

-- versions/d0010_table_10.mig:17
DROP TABLE t10;

UPDATE alembic_version SET version_num='d0009' WHERE alembic_version.version_num = 'd0010';

-- Running downgrade d0009 -> d0008, table 9

-- versions/d0009_table_9.mig:15
CREATE TABLE _retort_tmp_t9 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t9 (id, prev_id) SELECT id, prev_id FROM t9;

DROP TABLE t9;

ALTER TABLE _retort_tmp_t9 RENAME TO t9;

CREATE INDEX ix_t9_prev ON t9 (prev_id);

PRAGMA foreign_key_check(t9);

-- versions/d0009_table_9.mig:16
DROP INDEX ix_t9_prev;

-- versions/d0009_table_9.mig:17
DROP TABLE t9;

UPDATE alembic_version SET version_num='d0008' WHERE alembic_version.version_num = 'd0009';

-- Running downgrade d0008 -> d0007, table 8

-- versions/d0008_table_8.mig:15
CREATE TABLE _retort_tmp_t8 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t8 (id, prev_id) SELECT id, prev_id FROM t8;

DROP TABLE t8;

ALTER TABLE _retort_tmp_t8 RENAME TO t8;

CREATE INDEX ix_t8_prev ON t8 (prev_id);

PRAGMA foreign_key_check(t8);

-- versions/d0008_table_8.mig:16
DROP INDEX ix_t8_prev;

-- versions/d0008_table_8.mig:17
DROP TABLE t8;

UPDATE alembic_version SET version_num='d0007' WHERE alembic_version.version_num = 'd0008';

-- Running downgrade d0007 -> d0006, table 7

-- versions/d0007_table_7.mig:15
CREATE TABLE _retort_tmp_t7 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t7 (id, prev_id) SELECT id, prev_id FROM t7;

DROP TABLE t7;

ALTER TABLE _retort_tmp_t7 RENAME TO t7;

CREATE INDEX ix_t7_prev ON t7 (prev_id);

PRAGMA foreign_key_check(t7);

-- versions/d0007_table_7.mig:16
DROP INDEX ix_t7_prev;

-- versions/d0007_table_7.mig:17
DROP TABLE t7;

UPDATE alembic_version SET version_num='d0006' WHERE alembic_version.version_num = 'd0007';

-- Running downgrade d0006 -> d0005, table 6

-- versions/d0006_table_6.mig:15
CREATE TABLE _retort_tmp_t6 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t6 (id, prev_id) SELECT id, prev_id FROM t6;

DROP TABLE t6;

ALTER TABLE _retort_tmp_t6 RENAME TO t6;

CREATE INDEX ix_t6_prev ON t6 (prev_id);

PRAGMA foreign_key_check(t6);

-- versions/d0006_table_6.mig:16
DROP INDEX ix_t6_prev;

-- versions/d0006_table_6.mig:17
DROP TABLE t6;

UPDATE alembic_version SET version_num='d0005' WHERE alembic_version.version_num = 'd0006';

-- Running downgrade d0005 -> d0004, table 5

-- versions/d0005_table_5.mig:15
CREATE TABLE _retort_tmp_t5 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t5 (id, prev_id) SELECT id, prev_id FROM t5;

DROP TABLE t5;

ALTER TABLE _retort_tmp_t5 RENAME TO t5;

CREATE INDEX ix_t5_prev ON t5 (prev_id);

PRAGMA foreign_key_check(t5);

-- versions/d0005_table_5.mig:16
DROP INDEX ix_t5_prev;

-- versions/d0005_table_5.mig:17
DROP TABLE t5;

UPDATE alembic_version SET version_num='d0004' WHERE alembic_version.version_num = 'd0005';

-- Running downgrade d0004 -> d0003, table 4

-- versions/d0004_table_4.mig:15
CREATE TABLE _retort_tmp_t4 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t4 (id, prev_id) SELECT id, prev_id FROM t4;

DROP TABLE t4;

ALTER TABLE _retort_tmp_t4 RENAME TO t4;

CREATE INDEX ix_t4_prev ON t4 (prev_id);

PRAGMA foreign_key_check(t4);

-- versions/d0004_table_4.mig:16
DROP INDEX ix_t4_prev;

-- versions/d0004_table_4.mig:17
DROP TABLE t4;

UPDATE alembic_version SET version_num='d0003' WHERE alembic_version.version_num = 'd0004';

-- Running downgrade d0003 -> d0002, table 3

-- versions/d0003_table_3.mig:15
CREATE TABLE _retort_tmp_t3 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t3 (id, prev_id) SELECT id, prev_id FROM t3;

DROP TABLE t3;

ALTER TABLE _retort_tmp_t3 RENAME TO t3;

CREATE INDEX ix_t3_prev ON t3 (prev_id);

PRAGMA foreign_key_check(t3);

-- versions/d0003_table_3.mig:16
DROP INDEX ix_t3_prev;

-- versions/d0003_table_3.mig:17
DROP TABLE t3;

UPDATE alembic_version SET version_num='d0002' WHERE alembic_version.version_num = 'd0003';

-- Running downgrade d0002 -> d0001, table 2

-- versions/d0002_table_2.mig:15
CREATE TABLE _retort_tmp_t2 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_t2 (id, prev_id) SELECT id, prev_id FROM t2;

DROP TABLE t2;

ALTER TABLE _retort_tmp_t2 RENAME TO t2;

CREATE INDEX ix_t2_prev ON t2 (prev_id);

PRAGMA foreign_key_check(t2);

-- versions/d0002_table_2.mig:16
DROP INDEX ix_t2_prev;

-- versions/d0002_table_2.mig:17
DROP TABLE t2;

UPDATE alembic_version SET version_num='d0001' WHERE alembic_version.version_num = 'd0002';

-- Running downgrade d0001 -> <base>, table 1

-- versions/d0001_table_1.mig:13
DROP INDEX ix_t1_prev;

-- versions/d0001_table_1.mig:14
DROP TABLE t1;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd0001';

COMMIT;

PRAGMA foreign_keys = ON;


PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d0001, table 1

-- versions/d0001_table_1.mig:5
CREATE TABLE t1 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0001_table_1.mig:9
CREATE INDEX ix_t1_prev ON t1 (prev_id);

INSERT INTO alembic_version (version_num) VALUES ('d0001');

-- Running upgrade d0001 -> d0002, table 2

-- versions/d0002_table_2.mig:6
CREATE TABLE t2 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0002_table_2.mig:10
CREATE TABLE _retort_tmp_t2 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t2_prev FOREIGN KEY (prev_id) REFERENCES t1 (id)
);

INSERT INTO _retort_tmp_t2 (id, prev_id) SELECT id, prev_id FROM t2;

DROP TABLE t2;

ALTER TABLE _retort_tmp_t2 RENAME TO t2;

PRAGMA foreign_key_check(t2);

-- versions/d0002_table_2.mig:11
CREATE INDEX ix_t2_prev ON t2 (prev_id);

UPDATE alembic_version SET version_num='d0002' WHERE alembic_version.version_num = 'd0001';

-- Running upgrade d0002 -> d0003, table 3

-- versions/d0003_table_3.mig:6
CREATE TABLE t3 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0003_table_3.mig:10
CREATE TABLE _retort_tmp_t3 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t3_prev FOREIGN KEY (prev_id) REFERENCES t2 (id)
);

INSERT INTO _retort_tmp_t3 (id, prev_id) SELECT id, prev_id FROM t3;

DROP TABLE t3;

ALTER TABLE _retort_tmp_t3 RENAME TO t3;

PRAGMA foreign_key_check(t3);

-- versions/d0003_table_3.mig:11
CREATE INDEX ix_t3_prev ON t3 (prev_id);

UPDATE alembic_version SET version_num='d0003' WHERE alembic_version.version_num = 'd0002';

-- Running upgrade d0003 -> d0004, table 4

-- versions/d0004_table_4.mig:6
CREATE TABLE t4 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0004_table_4.mig:10
CREATE TABLE _retort_tmp_t4 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t4_prev FOREIGN KEY (prev_id) REFERENCES t3 (id)
);

INSERT INTO _retort_tmp_t4 (id, prev_id) SELECT id, prev_id FROM t4;

DROP TABLE t4;

ALTER TABLE _retort_tmp_t4 RENAME TO t4;

PRAGMA foreign_key_check(t4);

-- versions/d0004_table_4.mig:11
CREATE INDEX ix_t4_prev ON t4 (prev_id);

UPDATE alembic_version SET version_num='d0004' WHERE alembic_version.version_num = 'd0003';

-- Running upgrade d0004 -> d0005, table 5

-- versions/d0005_table_5.mig:6
CREATE TABLE t5 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0005_table_5.mig:10
CREATE TABLE _retort_tmp_t5 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t5_prev FOREIGN KEY (prev_id) REFERENCES t4 (id)
);

INSERT INTO _retort_tmp_t5 (id, prev_id) SELECT id, prev_id FROM t5;

DROP TABLE t5;

ALTER TABLE _retort_tmp_t5 RENAME TO t5;

PRAGMA foreign_key_check(t5);

-- versions/d0005_table_5.mig:11
CREATE INDEX ix_t5_prev ON t5 (prev_id);

UPDATE alembic_version SET version_num='d0005' WHERE alembic_version.version_num = 'd0004';

-- Running upgrade d0005 -> d0006, table 6

-- versions/d0006_table_6.mig:6
CREATE TABLE t6 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0006_table_6.mig:10
CREATE TABLE _retort_tmp_t6 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t6_prev FOREIGN KEY (prev_id) REFERENCES t5 (id)
);

INSERT INTO _retort_tmp_t6 (id, prev_id) SELECT id, prev_id FROM t6;

DROP TABLE t6;

ALTER TABLE _retort_tmp_t6 RENAME TO t6;

PRAGMA foreign_key_check(t6);

-- versions/d0006_table_6.mig:11
CREATE INDEX ix_t6_prev ON t6 (prev_id);

UPDATE alembic_version SET version_num='d0006' WHERE alembic_version.version_num = 'd0005';

-- Running upgrade d0006 -> d0007, table 7

-- versions/d0007_table_7.mig:6
CREATE TABLE t7 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0007_table_7.mig:10
CREATE TABLE _retort_tmp_t7 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t7_prev FOREIGN KEY (prev_id) REFERENCES t6 (id)
);

INSERT INTO _retort_tmp_t7 (id, prev_id) SELECT id, prev_id FROM t7;

DROP TABLE t7;

ALTER TABLE _retort_tmp_t7 RENAME TO t7;

PRAGMA foreign_key_check(t7);

-- versions/d0007_table_7.mig:11
CREATE INDEX ix_t7_prev ON t7 (prev_id);

UPDATE alembic_version SET version_num='d0007' WHERE alembic_version.version_num = 'd0006';

-- Running upgrade d0007 -> d0008, table 8

-- versions/d0008_table_8.mig:6
CREATE TABLE t8 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0008_table_8.mig:10
CREATE TABLE _retort_tmp_t8 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t8_prev FOREIGN KEY (prev_id) REFERENCES t7 (id)
);

INSERT INTO _retort_tmp_t8 (id, prev_id) SELECT id, prev_id FROM t8;

DROP TABLE t8;

ALTER TABLE _retort_tmp_t8 RENAME TO t8;

PRAGMA foreign_key_check(t8);

-- versions/d0008_table_8.mig:11
CREATE INDEX ix_t8_prev ON t8 (prev_id);

UPDATE alembic_version SET version_num='d0008' WHERE alembic_version.version_num = 'd0007';

-- Running upgrade d0008 -> d0009, table 9

-- versions/d0009_table_9.mig:6
CREATE TABLE t9 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0009_table_9.mig:10
CREATE TABLE _retort_tmp_t9 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t9_prev FOREIGN KEY (prev_id) REFERENCES t8 (id)
);

INSERT INTO _retort_tmp_t9 (id, prev_id) SELECT id, prev_id FROM t9;

DROP TABLE t9;

ALTER TABLE _retort_tmp_t9 RENAME TO t9;

PRAGMA foreign_key_check(t9);

-- versions/d0009_table_9.mig:11
CREATE INDEX ix_t9_prev ON t9 (prev_id);

UPDATE alembic_version SET version_num='d0009' WHERE alembic_version.version_num = 'd0008';

-- Running upgrade d0009 -> d0010, table 10

-- versions/d0010_table_10.mig:6
CREATE TABLE t10 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0010_table_10.mig:10
CREATE TABLE _retort_tmp_t10 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t10_prev FOREIGN KEY (prev_id) REFERENCES t9 (id)
);

INSERT INTO _retort_tmp_t10 (id, prev_id) SELECT id, prev_id FROM t10;

DROP TABLE t10;

ALTER TABLE _retort_tmp_t10 RENAME TO t10;

PRAGMA foreign_key_check(t10);

-- versions/d0010_table_10.mig:11
CREATE INDEX ix_t10_prev ON t10 (prev_id);

UPDATE alembic_version SET version_num='d0010' WHERE alembic_version.version_num = 'd0009';

-- Running upgrade d0010 -> d0011, table 11

-- versions/d0011_table_11.mig:6
CREATE TABLE t11 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0011_table_11.mig:10
CREATE TABLE _retort_tmp_t11 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t11_prev FOREIGN KEY (prev_id) REFERENCES t10 (id)
);

INSERT INTO _retort_tmp_t11 (id, prev_id) SELECT id, prev_id FROM t11;

DROP TABLE t11;

ALTER TABLE _retort_tmp_t11 RENAME TO t11;

PRAGMA foreign_key_check(t11);

-- versions/d0011_table_11.mig:11
CREATE INDEX ix_t11_prev ON t11 (prev_id);

UPDATE alembic_version SET version_num='d0011' WHERE alembic_version.version_num = 'd0010';

-- Running upgrade d0011 -> d0012, table 12

-- versions/d0012_table_12.mig:6
CREATE TABLE t12 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0012_table_12.mig:10
CREATE TABLE _retort_tmp_t12 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t12_prev FOREIGN KEY (prev_id) REFERENCES t11 (id)
);

INSERT INTO _retort_tmp_t12 (id, prev_id) SELECT id, prev_id FROM t12;

DROP TABLE t12;

ALTER TABLE _retort_tmp_t12 RENAME TO t12;

PRAGMA foreign_key_check(t12);

-- versions/d0012_table_12.mig:11
CREATE INDEX ix_t12_prev ON t12 (prev_id);

UPDATE alembic_version SET version_num='d0012' WHERE alembic_version.version_num = 'd0011';

-- Running upgrade d0012 -> d0013, table 13

-- versions/d0013_table_13.mig:6
CREATE TABLE t13 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0013_table_13.mig:10
CREATE TABLE _retort_tmp_t13 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t13_prev FOREIGN KEY (prev_id) REFERENCES t12 (id)
);

INSERT INTO _retort_tmp_t13 (id, prev_id) SELECT id, prev_id FROM t13;

DROP TABLE t13;

ALTER TABLE _retort_tmp_t13 RENAME TO t13;

PRAGMA foreign_key_check(t13);

-- versions/d0013_table_13.mig:11
CREATE INDEX ix_t13_prev ON t13 (prev_id);

UPDATE alembic_version SET version_num='d0013' WHERE alembic_version.version_num = 'd0012';

-- Running upgrade d0013 -> d0014, table 14

-- versions/d0014_table_14.mig:6
CREATE TABLE t14 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0014_table_14.mig:10
CREATE TABLE _retort_tmp_t14 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t14_prev FOREIGN KEY (prev_id) REFERENCES t13 (id)
);

INSERT INTO _retort_tmp_t14 (id, prev_id) SELECT id, prev_id FROM t14;

DROP TABLE t14;

ALTER TABLE _retort_tmp_t14 RENAME TO t14;

PRAGMA foreign_key_check(t14);

-- versions/d0014_table_14.mig:11
CREATE INDEX ix_t14_prev ON t14 (prev_id);

UPDATE alembic_version SET version_num='d0014' WHERE alembic_version.version_num = 'd0013';

-- Running upgrade d0014 -> d0015, table 15

-- versions/d0015_table_15.mig:6
CREATE TABLE t15 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0015_table_15.mig:10
CREATE TABLE _retort_tmp_t15 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t15_prev FOREIGN KEY (prev_id) REFERENCES t14 (id)
);

INSERT INTO _retort_tmp_t15 (id, prev_id) SELECT id, prev_id FROM t15;

DROP TABLE t15;

ALTER TABLE _retort_tmp_t15 RENAME TO t15;

PRAGMA foreign_key_check(t15);

-- versions/d0015_table_15.mig:11
CREATE INDEX ix_t15_prev ON t15 (prev_id);

UPDATE alembic_version SET version_num='d0015' WHERE alembic_version.version_num = 'd0014';

-- Running upgrade d0015 -> d0016, table 16

-- versions/d0016_table_16.mig:6
CREATE TABLE t16 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0016_table_16.mig:10
CREATE TABLE _retort_tmp_t16 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t16_prev FOREIGN KEY (prev_id) REFERENCES t15 (id)
);

INSERT INTO _retort_tmp_t16 (id, prev_id) SELECT id, prev_id FROM t16;

DROP TABLE t16;

ALTER TABLE _retort_tmp_t16 RENAME TO t16;

PRAGMA foreign_key_check(t16);

-- versions/d0016_table_16.mig:11
CREATE INDEX ix_t16_prev ON t16 (prev_id);

UPDATE alembic_version SET version_num='d0016' WHERE alembic_version.version_num = 'd0015';

-- Running upgrade d0016 -> d0017, table 17

-- versions/d0017_table_17.mig:6
CREATE TABLE t17 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0017_table_17.mig:10
CREATE TABLE _retort_tmp_t17 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t17_prev FOREIGN KEY (prev_id) REFERENCES t16 (id)
);

INSERT INTO _retort_tmp_t17 (id, prev_id) SELECT id, prev_id FROM t17;

DROP TABLE t17;

ALTER TABLE _retort_tmp_t17 RENAME TO t17;

PRAGMA foreign_key_check(t17);

-- versions/d0017_table_17.mig:11
CREATE INDEX ix_t17_prev ON t17 (prev_id);

UPDATE alembic_version SET version_num='d0017' WHERE alembic_version.version_num = 'd0016';

-- Running upgrade d0017 -> d0018, table 18

-- versions/d0018_table_18.mig:6
CREATE TABLE t18 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0018_table_18.mig:10
CREATE TABLE _retort_tmp_t18 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t18_prev FOREIGN KEY (prev_id) REFERENCES t17 (id)
);

INSERT INTO _retort_tmp_t18 (id, prev_id) SELECT id, prev_id FROM t18;

DROP TABLE t18;

ALTER TABLE _retort_tmp_t18 RENAME TO t18;

PRAGMA foreign_key_check(t18);

-- versions/d0018_table_18.mig:11
CREATE INDEX ix_t18_prev ON t18 (prev_id);

UPDATE alembic_version SET version_num='d0018' WHERE alembic_version.version_num = 'd0017';

-- Running upgrade d0018 -> d0019, table 19

-- versions/d0019_table_19.mig:6
CREATE TABLE t19 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0019_table_19.mig:10
CREATE TABLE _retort_tmp_t19 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t19_prev FOREIGN KEY (prev_id) REFERENCES t18 (id)
);

INSERT INTO _retort_tmp_t19 (id, prev_id) SELECT id, prev_id FROM t19;

DROP TABLE t19;

ALTER TABLE _retort_tmp_t19 RENAME TO t19;

PRAGMA foreign_key_check(t19);

-- versions/d0019_table_19.mig:11
CREATE INDEX ix_t19_prev ON t19 (prev_id);

UPDATE alembic_version SET version_num='d0019' WHERE alembic_version.version_num = 'd0018';

-- Running upgrade d0019 -> d0020, table 20

-- versions/d0020_table_20.mig:6
CREATE TABLE t20 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0020_table_20.mig:10
CREATE TABLE _retort_tmp_t20 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t20_prev FOREIGN KEY (prev_id) REFERENCES t19 (id)
);

INSERT INTO _retort_tmp_t20 (id, prev_id) SELECT id, prev_id FROM t20;

DROP TABLE t20;

ALTER TABLE _retort_tmp_t20 RENAME TO t20;

PRAGMA foreign_key_check(t20);

-- versions/d0020_table_20.mig:11
CREATE INDEX ix_t20_prev ON t20 (prev_id);

UPDATE alembic_version SET version_num='d0020' WHERE alembic_version.version_num = 'd0019';

-- Running upgrade d0020 -> d0021, table 21

-- versions/d0021_table_21.mig:6
CREATE TABLE t21 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0021_table_21.mig:10
CREATE TABLE _retort_tmp_t21 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t21_prev FOREIGN KEY (prev_id) REFERENCES t20 (id)
);

INSERT INTO _retort_tmp_t21 (id, prev_id) SELECT id, prev_id FROM t21;

DROP TABLE t21;

ALTER TABLE _retort_tmp_t21 RENAME TO t21;

PRAGMA foreign_key_check(t21);

-- versions/d0021_table_21.mig:11
CREATE INDEX ix_t21_prev ON t21 (prev_id);

UPDATE alembic_version SET version_num='d0021' WHERE alembic_version.version_num = 'd0020';

-- Running upgrade d0021 -> d0022, table 22

-- versions/d0022_table_22.mig:6
CREATE TABLE t22 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0022_table_22.mig:10
CREATE TABLE _retort_tmp_t22 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t22_prev FOREIGN KEY (prev_id) REFERENCES t21 (id)
);

INSERT INTO _retort_tmp_t22 (id, prev_id) SELECT id, prev_id FROM t22;

DROP TABLE t22;

ALTER TABLE _retort_tmp_t22 RENAME TO t22;

PRAGMA foreign_key_check(t22);

-- versions/d0022_table_22.mig:11
CREATE INDEX ix_t22_prev ON t22 (prev_id);

UPDATE alembic_version SET version_num='d0022' WHERE alembic_version.version_num = 'd0021';

-- Running upgrade d0022 -> d0023, table 23

-- versions/d0023_table_23.mig:6
CREATE TABLE t23 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0023_table_23.mig:10
CREATE TABLE _retort_tmp_t23 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t23_prev FOREIGN KEY (prev_id) REFERENCES t22 (id)
);

INSERT INTO _retort_tmp_t23 (id, prev_id) SELECT id, prev_id FROM t23;

DROP TABLE t23;

ALTER TABLE _retort_tmp_t23 RENAME TO t23;

PRAGMA foreign_key_check(t23);

-- versions/d0023_table_23.mig:11
CREATE INDEX ix_t23_prev ON t23 (prev_id);

UPDATE alembic_version SET version_num='d0023' WHERE alembic_version.version_num = 'd0022';

-- Running upgrade d0023 -> d0024, table 24

-- versions/d0024_table_24.mig:6
CREATE TABLE t24 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0024_table_24.mig:10
CREATE TABLE _retort_tmp_t24 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t24_prev FOREIGN KEY (prev_id) REFERENCES t23 (id)
);

INSERT INTO _retort_tmp_t24 (id, prev_id) SELECT id, prev_id FROM t24;

DROP TABLE t24;

ALTER TABLE _retort_tmp_t24 RENAME TO t24;

PRAGMA foreign_key_check(t24);

-- versions/d0024_table_24.mig:11
CREATE INDEX ix_t24_prev ON t24 (prev_id);

UPDATE alembic_version SET version_num='d0024' WHERE alembic_version.version_num = 'd0023';

-- Running upgrade d0024 -> d0025, table 25

-- versions/d0025_table_25.mig:6
CREATE TABLE t25 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0025_table_25.mig:10
CREATE TABLE _retort_tmp_t25 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t25_prev FOREIGN KEY (prev_id) REFERENCES t24 (id)
);

INSERT INTO _retort_tmp_t25 (id, prev_id) SELECT id, prev_id FROM t25;

DROP TABLE t25;

ALTER TABLE _retort_tmp_t25 RENAME TO t25;

PRAGMA foreign_key_check(t25);

-- versions/d0025_table_25.mig:11
CREATE INDEX ix_t25_prev ON t25 (prev_id);

UPDATE alembic_version SET version_num='d0025' WHERE alembic_version.version_num = 'd0024';

-- Running upgrade d0025 -> d0026, table 26

-- versions/d0026_table_26.mig:6
CREATE TABLE t26 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0026_table_26.mig:10
CREATE TABLE _retort_tmp_t26 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t26_prev FOREIGN KEY (prev_id) REFERENCES t25 (id)
);

INSERT INTO _retort_tmp_t26 (id, prev_id) SELECT id, prev_id FROM t26;

DROP TABLE t26;

ALTER TABLE _retort_tmp_t26 RENAME TO t26;

PRAGMA foreign_key_check(t26);

-- versions/d0026_table_26.mig:11
CREATE INDEX ix_t26_prev ON t26 (prev_id);

UPDATE alembic_version SET version_num='d0026' WHERE alembic_version.version_num = 'd0025';

-- Running upgrade d0026 -> d0027, table 27

-- versions/d0027_table_27.mig:6
CREATE TABLE t27 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0027_table_27.mig:10
CREATE TABLE _retort_tmp_t27 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t27_prev FOREIGN KEY (prev_id) REFERENCES t26 (id)
);

INSERT INTO _retort_tmp_t27 (id, prev_id) SELECT id, prev_id FROM t27;

DROP TABLE t27;

ALTER TABLE _retort_tmp_t27 RENAME TO t27;

PRAGMA foreign_key_check(t27);

-- versions/d0027_table_27.mig:11
CREATE INDEX ix_t27_prev ON t27 (prev_id);

UPDATE alembic_version SET version_num='d0027' WHERE alembic_version.version_num = 'd0026';

-- Running upgrade d0027 -> d0028, table 28

-- versions/d0028_table_28.mig:6
CREATE TABLE t28 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0028_table_28.mig:10
CREATE TABLE _retort_tmp_t28 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t28_prev FOREIGN KEY (prev_id) REFERENCES t27 (id)
);

INSERT INTO _retort_tmp_t28 (id, prev_id) SELECT id, prev_id FROM t28;

DROP TABLE t28;

ALTER TABLE _retort_tmp_t28 RENAME TO t28;

PRAGMA foreign_key_check(t28);

-- versions/d0028_table_28.mig:11
CREATE INDEX ix_t28_prev ON t28 (prev_id);

UPDATE alembic_version SET version_num='d0028' WHERE alembic_version.version_num = 'd0027';

-- Running upgrade d0028 -> d0029, table 29

-- versions/d0029_table_29.mig:6
CREATE TABLE t29 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0029_table_29.mig:10
CREATE TABLE _retort_tmp_t29 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t29_prev FOREIGN KEY (prev_id) REFERENCES t28 (id)
);

INSERT INTO _retort_tmp_t29 (id, prev_id) SELECT id, prev_id FROM t29;

DROP TABLE t29;

ALTER TABLE _retort_tmp_t29 RENAME TO t29;

PRAGMA foreign_key_check(t29);

-- versions/d0029_table_29.mig:11
CREATE INDEX ix_t29_prev ON t29 (prev_id);

UPDATE alembic_version SET version_num='d0029' WHERE alembic_version.version_num = 'd0028';

-- Running upgrade d0029 -> d0030, table 30

-- versions/d0030_table_30.mig:6
CREATE TABLE t30 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0030_table_30.mig:10
CREATE TABLE _retort_tmp_t30 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t30_prev FOREIGN KEY (prev_id) REFERENCES t29 (id)
);

INSERT INTO _retort_tmp_t30 (id, prev_id) SELECT id, prev_id FROM t30;

DROP TABLE t30;

ALTER TABLE _retort_tmp_t30 RENAME TO t30;

PRAGMA foreign_key_check(t30);

-- versions/d0030_table_30.mig:11
CREATE INDEX ix_t30_prev ON t30 (prev_id);

UPDATE alembic_version SET version_num='d0030' WHERE alembic_version.version_num = 'd0029';

-- Running upgrade d0030 -> d0031, table 31

-- versions/d0031_table_31.mig:6
CREATE TABLE t31 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0031_table_31.mig:10
CREATE TABLE _retort_tmp_t31 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t31_prev FOREIGN KEY (prev_id) REFERENCES t30 (id)
);

INSERT INTO _retort_tmp_t31 (id, prev_id) SELECT id, prev_id FROM t31;

DROP TABLE t31;

ALTER TABLE _retort_tmp_t31 RENAME TO t31;

PRAGMA foreign_key_check(t31);

-- versions/d0031_table_31.mig:11
CREATE INDEX ix_t31_prev ON t31 (prev_id);

UPDATE alembic_version SET version_num='d0031' WHERE alembic_version.version_num = 'd0030';

-- Running upgrade d0031 -> d0032, table 32

-- versions/d0032_table_32.mig:6
CREATE TABLE t32 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0032_table_32.mig:10
CREATE TABLE _retort_tmp_t32 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t32_prev FOREIGN KEY (prev_id) REFERENCES t31 (id)
);

INSERT INTO _retort_tmp_t32 (id, prev_id) SELECT id, prev_id FROM t32;

DROP TABLE t32;

ALTER TABLE _retort_tmp_t32 RENAME TO t32;

PRAGMA foreign_key_check(t32);

-- versions/d0032_table_32.mig:11
CREATE INDEX ix_t32_prev ON t32 (prev_id);

UPDATE alembic_version SET version_num='d0032' WHERE alembic_version.version_num = 'd0031';

-- Running upgrade d0032 -> d0033, table 33

-- versions/d0033_table_33.mig:6
CREATE TABLE t33 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0033_table_33.mig:10
CREATE TABLE _retort_tmp_t33 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t33_prev FOREIGN KEY (prev_id) REFERENCES t32 (id)
);

INSERT INTO _retort_tmp_t33 (id, prev_id) SELECT id, prev_id FROM t33;

DROP TABLE t33;

ALTER TABLE _retort_tmp_t33 RENAME TO t33;

PRAGMA foreign_key_check(t33);

-- versions/d0033_table_33.mig:11
CREATE INDEX ix_t33_prev ON t33 (prev_id);

UPDATE alembic_version SET version_num='d0033' WHERE alembic_version.version_num = 'd0032';

-- Running upgrade d0033 -> d0034, table 34

-- versions/d0034_table_34.mig:6
CREATE TABLE t34 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0034_table_34.mig:10
CREATE TABLE _retort_tmp_t34 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t34_prev FOREIGN KEY (prev_id) REFERENCES t33 (id)
);

INSERT INTO _retort_tmp_t34 (id, prev_id) SELECT id, prev_id FROM t34;

DROP TABLE t34;

ALTER TABLE _retort_tmp_t34 RENAME TO t34;

PRAGMA foreign_key_check(t34);

-- versions/d0034_table_34.mig:11
CREATE INDEX ix_t34_prev ON t34 (prev_id);

UPDATE alembic_version SET version_num='d0034' WHERE alembic_version.version_num = 'd0033';

-- Running upgrade d0034 -> d0035, table 35

-- versions/d0035_table_35.mig:6
CREATE TABLE t35 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0035_table_35.mig:10
CREATE TABLE _retort_tmp_t35 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t35_prev FOREIGN KEY (prev_id) REFERENCES t34 (id)
);

INSERT INTO _retort_tmp_t35 (id, prev_id) SELECT id, prev_id FROM t35;

DROP TABLE t35;

ALTER TABLE _retort_tmp_t35 RENAME TO t35;

PRAGMA foreign_key_check(t35);

-- versions/d0035_table_35.mig:11
CREATE INDEX ix_t35_prev ON t35 (prev_id);

UPDATE alembic_version SET version_num='d0035' WHERE alembic_version.version_num = 'd0034';

-- Running upgrade d0035 -> d0036, table 36

-- versions/d0036_table_36.mig:6
CREATE TABLE t36 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0036_table_36.mig:10
CREATE TABLE _retort_tmp_t36 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t36_prev FOREIGN KEY (prev_id) REFERENCES t35 (id)
);

INSERT INTO _retort_tmp_t36 (id, prev_id) SELECT id, prev_id FROM t36;

DROP TABLE t36;

ALTER TABLE _retort_tmp_t36 RENAME TO t36;

PRAGMA foreign_key_check(t36);

-- versions/d0036_table_36.mig:11
CREATE INDEX ix_t36_prev ON t36 (prev_id);

UPDATE alembic_version SET version_num='d0036' WHERE alembic_version.version_num = 'd0035';

-- Running upgrade d0036 -> d0037, table 37

-- versions/d0037_table_37.mig:6
CREATE TABLE t37 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0037_table_37.mig:10
CREATE TABLE _retort_tmp_t37 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t37_prev FOREIGN KEY (prev_id) REFERENCES t36 (id)
);

INSERT INTO _retort_tmp_t37 (id, prev_id) SELECT id, prev_id FROM t37;

DROP TABLE t37;

ALTER TABLE _retort_tmp_t37 RENAME TO t37;

PRAGMA foreign_key_check(t37);

-- versions/d0037_table_37.mig:11
CREATE INDEX ix_t37_prev ON t37 (prev_id);

UPDATE alembic_version SET version_num='d0037' WHERE alembic_version.version_num = 'd0036';

-- Running upgrade d0037 -> d0038, table 38

-- versions/d0038_table_38.mig:6
CREATE TABLE t38 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0038_table_38.mig:10
CREATE TABLE _retort_tmp_t38 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t38_prev FOREIGN KEY (prev_id) REFERENCES t37 (id)
);

INSERT INTO _retort_tmp_t38 (id, prev_id) SELECT id, prev_id FROM t38;

DROP TABLE t38;

ALTER TABLE _retort_tmp_t38 RENAME TO t38;

PRAGMA foreign_key_check(t38);

-- versions/d0038_table_38.mig:11
CREATE INDEX ix_t38_prev ON t38 (prev_id);

UPDATE alembic_version SET version_num='d0038' WHERE alembic_version.version_num = 'd0037';

-- Running upgrade d0038 -> d0039, table 39

-- versions/d0039_table_39.mig:6
CREATE TABLE t39 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0039_table_39.mig:10
CREATE TABLE _retort_tmp_t39 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t39_prev FOREIGN KEY (prev_id) REFERENCES t38 (id)
);

INSERT INTO _retort_tmp_t39 (id, prev_id) SELECT id, prev_id FROM t39;

DROP TABLE t39;

ALTER TABLE _retort_tmp_t39 RENAME TO t39;

PRAGMA foreign_key_check(t39);

-- versions/d0039_table_39.mig:11
CREATE INDEX ix_t39_prev ON t39 (prev_id);

UPDATE alembic_version SET version_num='d0039' WHERE alembic_version.version_num = 'd0038';

-- Running upgrade d0039 -> d0040, table 40

-- versions/d0040_table_40.mig:6
CREATE TABLE t40 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0040_table_40.mig:10
CREATE TABLE _retort_tmp_t40 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t40_prev FOREIGN KEY (prev_id) REFERENCES t39 (id)
);

INSERT INTO _retort_tmp_t40 (id, prev_id) SELECT id, prev_id FROM t40;

DROP TABLE t40;

ALTER TABLE _retort_tmp_t40 RENAME TO t40;

PRAGMA foreign_key_check(t40);

-- versions/d0040_table_40.mig:11
CREATE INDEX ix_t40_prev ON t40 (prev_id);

UPDATE alembic_version SET version_num='d0040' WHERE alembic_version.version_num = 'd0039';

-- Running upgrade d0040 -> d0041, table 41

-- versions/d0041_table_41.mig:6
CREATE TABLE t41 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0041_table_41.mig:10
CREATE TABLE _retort_tmp_t41 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t41_prev FOREIGN KEY (prev_id) REFERENCES t40 (id)
);

INSERT INTO _retort_tmp_t41 (id, prev_id) SELECT id, prev_id FROM t41;

DROP TABLE t41;

ALTER TABLE _retort_tmp_t41 RENAME TO t41;

PRAGMA foreign_key_check(t41);

-- versions/d0041_table_41.mig:11
CREATE INDEX ix_t41_prev ON t41 (prev_id);

UPDATE alembic_version SET version_num='d0041' WHERE alembic_version.version_num = 'd0040';

-- Running upgrade d0041 -> d0042, table 42

-- versions/d0042_table_42.mig:6
CREATE TABLE t42 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0042_table_42.mig:10
CREATE TABLE _retort_tmp_t42 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t42_prev FOREIGN KEY (prev_id) REFERENCES t41 (id)
);

INSERT INTO _retort_tmp_t42 (id, prev_id) SELECT id, prev_id FROM t42;

DROP TABLE t42;

ALTER TABLE _retort_tmp_t42 RENAME TO t42;

PRAGMA foreign_key_check(t42);

-- versions/d0042_table_42.mig:11
CREATE INDEX ix_t42_prev ON t42 (prev_id);

UPDATE alembic_version SET version_num='d0042' WHERE alembic_version.version_num = 'd0041';

-- Running upgrade d0042 -> d0043, table 43

-- versions/d0043_table_43.mig:6
CREATE TABLE t43 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0043_table_43.mig:10
CREATE TABLE _retort_tmp_t43 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t43_prev FOREIGN KEY (prev_id) REFERENCES t42 (id)
);

INSERT INTO _retort_tmp_t43 (id, prev_id) SELECT id, prev_id FROM t43;

DROP TABLE t43;

ALTER TABLE _retort_tmp_t43 RENAME TO t43;

PRAGMA foreign_key_check(t43);

-- versions/d0043_table_43.mig:11
CREATE INDEX ix_t43_prev ON t43 (prev_id);

UPDATE alembic_version SET version_num='d0043' WHERE alembic_version.version_num = 'd0042';

-- Running upgrade d0043 -> d0044, table 44

-- versions/d0044_table_44.mig:6
CREATE TABLE t44 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0044_table_44.mig:10
CREATE TABLE _retort_tmp_t44 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t44_prev FOREIGN KEY (prev_id) REFERENCES t43 (id)
);

INSERT INTO _retort_tmp_t44 (id, prev_id) SELECT id, prev_id FROM t44;

DROP TABLE t44;

ALTER TABLE _retort_tmp_t44 RENAME TO t44;

PRAGMA foreign_key_check(t44);

-- versions/d0044_table_44.mig:11
CREATE INDEX ix_t44_prev ON t44 (prev_id);

UPDATE alembic_version SET version_num='d0044' WHERE alembic_version.version_num = 'd0043';

-- Running upgrade d0044 -> d0045, table 45

-- versions/d0045_table_45.mig:6
CREATE TABLE t45 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0045_table_45.mig:10
CREATE TABLE _retort_tmp_t45 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t45_prev FOREIGN KEY (prev_id) REFERENCES t44 (id)
);

INSERT INTO _retort_tmp_t45 (id, prev_id) SELECT id, prev_id FROM t45;

DROP TABLE t45;

ALTER TABLE _retort_tmp_t45 RENAME TO t45;

PRAGMA foreign_key_check(t45);

-- versions/d0045_table_45.mig:11
CREATE INDEX ix_t45_prev ON t45 (prev_id);

UPDATE alembic_version SET version_num='d0045' WHERE alembic_version.version_num = 'd0044';

-- Running upgrade d0045 -> d0046, table 46

-- versions/d0046_table_46.mig:6
CREATE TABLE t46 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0046_table_46.mig:10
CREATE TABLE _retort_tmp_t46 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t46_prev FOREIGN KEY (prev_id) REFERENCES t45 (id)
);

INSERT INTO _retort_tmp_t46 (id, prev_id) SELECT id, prev_id FROM t46;

DROP TABLE t46;

ALTER TABLE _retort_tmp_t46 RENAME TO t46;

PRAGMA foreign_key_check(t46);

-- versions/d0046_table_46.mig:11
CREATE INDEX ix_t46_prev ON t46 (prev_id);

UPDATE alembic_version SET version_num='d0046' WHERE alembic_version.version_num = 'd0045';

-- Running upgrade d0046 -> d0047, table 47

-- versions/d0047_table_47.mig:6
CREATE TABLE t47 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0047_table_47.mig:10
CREATE TABLE _retort_tmp_t47 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t47_prev FOREIGN KEY (prev_id) REFERENCES t46 (id)
);

INSERT INTO _retort_tmp_t47 (id, prev_id) SELECT id, prev_id FROM t47;

DROP TABLE t47;

ALTER TABLE _retort_tmp_t47 RENAME TO t47;

PRAGMA foreign_key_check(t47);

-- versions/d0047_table_47.mig:11
CREATE INDEX ix_t47_prev ON t47 (prev_id);

UPDATE alembic_version SET version_num='d0047' WHERE alembic_version.version_num = 'd0046';

-- Running upgrade d0047 -> d0048, table 48

-- versions/d0048_table_48.mig:6
CREATE TABLE t48 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0048_table_48.mig:10
CREATE TABLE _retort_tmp_t48 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t48_prev FOREIGN KEY (prev_id) REFERENCES t47 (id)
);

INSERT INTO _retort_tmp_t48 (id, prev_id) SELECT id, prev_id FROM t48;

DROP TABLE t48;

ALTER TABLE _retort_tmp_t48 RENAME TO t48;

PRAGMA foreign_key_check(t48);

-- versions/d0048_table_48.mig:11
CREATE INDEX ix_t48_prev ON t48 (prev_id);

UPDATE alembic_version SET version_num='d0048' WHERE alembic_version.version_num = 'd0047';

-- Running upgrade d0048 -> d0049, table 49

-- versions/d0049_table_49.mig:6
CREATE TABLE t49 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0049_table_49.mig:10
CREATE TABLE _retort_tmp_t49 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t49_prev FOREIGN KEY (prev_id) REFERENCES t48 (id)
);

INSERT INTO _retort_tmp_t49 (id, prev_id) SELECT id, prev_id FROM t49;

DROP TABLE t49;

ALTER TABLE _retort_tmp_t49 RENAME TO t49;

PRAGMA foreign_key_check(t49);

-- versions/d0049_table_49.mig:11
CREATE INDEX ix_t49_prev ON t49 (prev_id);

UPDATE alembic_version SET version_num='d0049' WHERE alembic_version.version_num = 'd0048';

-- Running upgrade d0049 -> d0050, table 50

-- versions/d0050_table_50.mig:6
CREATE TABLE t50 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0050_table_50.mig:10
CREATE TABLE _retort_tmp_t50 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t50_prev FOREIGN KEY (prev_id) REFERENCES t49 (id)
);

INSERT INTO _retort_tmp_t50 (id, prev_id) SELECT id, prev_id FROM t50;

DROP TABLE t50;

ALTER TABLE _retort_tmp_t50 RENAME TO t50;

PRAGMA foreign_key_check(t50);

-- versions/d0050_table_50.mig:11
CREATE INDEX ix_t50_prev ON t50 (prev_id);

UPDATE alembic_version SET version_num='d0050' WHERE alembic_version.version_num = 'd0049';

-- Running upgrade d0050 -> d0051, table 51

-- versions/d0051_table_51.mig:6
CREATE TABLE t51 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0051_table_51.mig:10
CREATE TABLE _retort_tmp_t51 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t51_prev FOREIGN KEY (prev_id) REFERENCES t50 (id)
);

INSERT INTO _retort_tmp_t51 (id, prev_id) SELECT id, prev_id FROM t51;

DROP TABLE t51;

ALTER TABLE _retort_tmp_t51 RENAME TO t51;

PRAGMA foreign_key_check(t51);

-- versions/d0051_table_51.mig:11
CREATE INDEX ix_t51_prev ON t51 (prev_id);

UPDATE alembic_version SET version_num='d0051' WHERE alembic_version.version_num = 'd0050';

-- Running upgrade d0051 -> d0052, table 52

-- versions/d0052_table_52.mig:6
CREATE TABLE t52 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0052_table_52.mig:10
CREATE TABLE _retort_tmp_t52 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t52_prev FOREIGN KEY (prev_id) REFERENCES t51 (id)
);

INSERT INTO _retort_tmp_t52 (id, prev_id) SELECT id, prev_id FROM t52;

DROP TABLE t52;

ALTER TABLE _retort_tmp_t52 RENAME TO t52;

PRAGMA foreign_key_check(t52);

-- versions/d0052_table_52.mig:11
CREATE INDEX ix_t52_prev ON t52 (prev_id);

UPDATE alembic_version SET version_num='d0052' WHERE alembic_version.version_num = 'd0051';

-- Running upgrade d0052 -> d0053, table 53

-- versions/d0053_table_53.mig:6
CREATE TABLE t53 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0053_table_53.mig:10
CREATE TABLE _retort_tmp_t53 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t53_prev FOREIGN KEY (prev_id) REFERENCES t52 (id)
);

INSERT INTO _retort_tmp_t53 (id, prev_id) SELECT id, prev_id FROM t53;

DROP TABLE t53;

ALTER TABLE _retort_tmp_t53 RENAME TO t53;

PRAGMA foreign_key_check(t53);

-- versions/d0053_table_53.mig:11
CREATE INDEX ix_t53_prev ON t53 (prev_id);

UPDATE alembic_version SET version_num='d0053' WHERE alembic_version.version_num = 'd0052';

-- Running upgrade d0053 -> d0054, table 54

-- versions/d0054_table_54.mig:6
CREATE TABLE t54 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0054_table_54.mig:10
CREATE TABLE _retort_tmp_t54 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t54_prev FOREIGN KEY (prev_id) REFERENCES t53 (id)
);

INSERT INTO _retort_tmp_t54 (id, prev_id) SELECT id, prev_id FROM t54;

DROP TABLE t54;

ALTER TABLE _retort_tmp_t54 RENAME TO t54;

PRAGMA foreign_key_check(t54);

-- versions/d0054_table_54.mig:11
CREATE INDEX ix_t54_prev ON t54 (prev_id);

UPDATE alembic_version SET version_num='d0054' WHERE alembic_version.version_num = 'd0053';

-- Running upgrade d0054 -> d0055, table 55

-- versions/d0055_table_55.mig:6
CREATE TABLE t55 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0055_table_55.mig:10
CREATE TABLE _retort_tmp_t55 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t55_prev FOREIGN KEY (prev_id) REFERENCES t54 (id)
);

INSERT INTO _retort_tmp_t55 (id, prev_id) SELECT id, prev_id FROM t55;

DROP TABLE t55;

ALTER TABLE _retort_tmp_t55 RENAME TO t55;

PRAGMA foreign_key_check(t55);

-- versions/d0055_table_55.mig:11
CREATE INDEX ix_t55_prev ON t55 (prev_id);

UPDATE alembic_version SET version_num='d0055' WHERE alembic_version.version_num = 'd0054';

-- Running upgrade d0055 -> d0056, table 56

-- versions/d0056_table_56.mig:6
CREATE TABLE t56 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0056_table_56.mig:10
CREATE TABLE _retort_tmp_t56 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t56_prev FOREIGN KEY (prev_id) REFERENCES t55 (id)
);

INSERT INTO _retort_tmp_t56 (id, prev_id) SELECT id, prev_id FROM t56;

DROP TABLE t56;

ALTER TABLE _retort_tmp_t56 RENAME TO t56;

PRAGMA foreign_key_check(t56);

-- versions/d0056_table_56.mig:11
CREATE INDEX ix_t56_prev ON t56 (prev_id);

UPDATE alembic_version SET version_num='d0056' WHERE alembic_version.version_num = 'd0055';

-- Running upgrade d0056 -> d0057, table 57

-- versions/d0057_table_57.mig:6
CREATE TABLE t57 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0057_table_57.mig:10
CREATE TABLE _retort_tmp_t57 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t57_prev FOREIGN KEY (prev_id) REFERENCES t56 (id)
);

INSERT INTO _retort_tmp_t57 (id, prev_id) SELECT id, prev_id FROM t57;

DROP TABLE t57;

ALTER TABLE _retort_tmp_t57 RENAME TO t57;

PRAGMA foreign_key_check(t57);

-- versions/d0057_table_57.mig:11
CREATE INDEX ix_t57_prev ON t57 (prev_id);

UPDATE alembic_version SET version_num='d0057' WHERE alembic_version.version_num = 'd0056';

-- Running upgrade d0057 -> d0058, table 58

-- versions/d0058_table_58.mig:6
CREATE TABLE t58 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0058_table_58.mig:10
CREATE TABLE _retort_tmp_t58 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t58_prev FOREIGN KEY (prev_id) REFERENCES t57 (id)
);

INSERT INTO _retort_tmp_t58 (id, prev_id) SELECT id, prev_id FROM t58;

DROP TABLE t58;

ALTER TABLE _retort_tmp_t58 RENAME TO t58;

PRAGMA foreign_key_check(t58);

-- versions/d0058_table_58.mig:11
CREATE INDEX ix_t58_prev ON t58 (prev_id);

UPDATE alembic_version SET version_num='d0058' WHERE alembic_version.version_num = 'd0057';

-- Running upgrade d0058 -> d0059, table 59

-- versions/d0059_table_59.mig:6
CREATE TABLE t59 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0059_table_59.mig:10
CREATE TABLE _retort_tmp_t59 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t59_prev FOREIGN KEY (prev_id) REFERENCES t58 (id)
);

INSERT INTO _retort_tmp_t59 (id, prev_id) SELECT id, prev_id FROM t59;

DROP TABLE t59;

ALTER TABLE _retort_tmp_t59 RENAME TO t59;

PRAGMA foreign_key_check(t59);

-- versions/d0059_table_59.mig:11
CREATE INDEX ix_t59_prev ON t59 (prev_id);

UPDATE alembic_version SET version_num='d0059' WHERE alembic_version.version_num = 'd0058';

-- Running upgrade d0059 -> d0060, table 60

-- versions/d0060_table_60.mig:6
CREATE TABLE t60 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0060_table_60.mig:10
CREATE TABLE _retort_tmp_t60 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t60_prev FOREIGN KEY (prev_id) REFERENCES t59 (id)
);

INSERT INTO _retort_tmp_t60 (id, prev_id) SELECT id, prev_id FROM t60;

DROP TABLE t60;

ALTER TABLE _retort_tmp_t60 RENAME TO t60;

PRAGMA foreign_key_check(t60);

-- versions/d0060_table_60.mig:11
CREATE INDEX ix_t60_prev ON t60 (prev_id);

UPDATE alembic_version SET version_num='d0060' WHERE alembic_version.version_num = 'd0059';

-- Running upgrade d0060 -> d0061, table 61

-- versions/d0061_table_61.mig:6
CREATE TABLE t61 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0061_table_61.mig:10
CREATE TABLE _retort_tmp_t61 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t61_prev FOREIGN KEY (prev_id) REFERENCES t60 (id)
);

INSERT INTO _retort_tmp_t61 (id, prev_id) SELECT id, prev_id FROM t61;

DROP TABLE t61;

ALTER TABLE _retort_tmp_t61 RENAME TO t61;

PRAGMA foreign_key_check(t61);

-- versions/d0061_table_61.mig:11
CREATE INDEX ix_t61_prev ON t61 (prev_id);

UPDATE alembic_version SET version_num='d0061' WHERE alembic_version.version_num = 'd0060';

-- Running upgrade d0061 -> d0062, table 62

-- versions/d0062_table_62.mig:6
CREATE TABLE t62 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0062_table_62.mig:10
CREATE TABLE _retort_tmp_t62 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t62_prev FOREIGN KEY (prev_id) REFERENCES t61 (id)
);

INSERT INTO _retort_tmp_t62 (id, prev_id) SELECT id, prev_id FROM t62;

DROP TABLE t62;

ALTER TABLE _retort_tmp_t62 RENAME TO t62;

PRAGMA foreign_key_check(t62);

-- versions/d0062_table_62.mig:11
CREATE INDEX ix_t62_prev ON t62 (prev_id);

UPDATE alembic_version SET version_num='d0062' WHERE alembic_version.version_num = 'd0061';

-- Running upgrade d0062 -> d0063, table 63

-- versions/d0063_table_63.mig:6
CREATE TABLE t63 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0063_table_63.mig:10
CREATE TABLE _retort_tmp_t63 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t63_prev FOREIGN KEY (prev_id) REFERENCES t62 (id)
);

INSERT INTO _retort_tmp_t63 (id, prev_id) SELECT id, prev_id FROM t63;

DROP TABLE t63;

ALTER TABLE _retort_tmp_t63 RENAME TO t63;

PRAGMA foreign_key_check(t63);

-- versions/d0063_table_63.mig:11
CREATE INDEX ix_t63_prev ON t63 (prev_id);

UPDATE alembic_version SET version_num='d0063' WHERE alembic_version.version_num = 'd0062';

-- Running upgrade d0063 -> d0064, table 64

-- versions/d0064_table_64.mig:6
CREATE TABLE t64 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0064_table_64.mig:10
CREATE TABLE _retort_tmp_t64 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t64_prev FOREIGN KEY (prev_id) REFERENCES t63 (id)
);

INSERT INTO _retort_tmp_t64 (id, prev_id) SELECT id, prev_id FROM t64;

DROP TABLE t64;

ALTER TABLE _retort_tmp_t64 RENAME TO t64;

PRAGMA foreign_key_check(t64);

-- versions/d0064_table_64.mig:11
CREATE INDEX ix_t64_prev ON t64 (prev_id);

UPDATE alembic_version SET version_num='d0064' WHERE alembic_version.version_num = 'd0063';

-- Running upgrade d0064 -> d0065, table 65

-- versions/d0065_table_65.mig:6
CREATE TABLE t65 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0065_table_65.mig:10
CREATE TABLE _retort_tmp_t65 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t65_prev FOREIGN KEY (prev_id) REFERENCES t64 (id)
);

INSERT INTO _retort_tmp_t65 (id, prev_id) SELECT id, prev_id FROM t65;

DROP TABLE t65;

ALTER TABLE _retort_tmp_t65 RENAME TO t65;

PRAGMA foreign_key_check(t65);

-- versions/d0065_table_65.mig:11
CREATE INDEX ix_t65_prev ON t65 (prev_id);

UPDATE alembic_version SET version_num='d0065' WHERE alembic_version.version_num = 'd0064';

-- Running upgrade d0065 -> d0066, table 66

-- versions/d0066_table_66.mig:6
CREATE TABLE t66 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0066_table_66.mig:10
CREATE TABLE _retort_tmp_t66 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t66_prev FOREIGN KEY (prev_id) REFERENCES t65 (id)
);

INSERT INTO _retort_tmp_t66 (id, prev_id) SELECT id, prev_id FROM t66;

DROP TABLE t66;

ALTER TABLE _retort_tmp_t66 RENAME TO t66;

PRAGMA foreign_key_check(t66);

-- versions/d0066_table_66.mig:11
CREATE INDEX ix_t66_prev ON t66 (prev_id);

UPDATE alembic_version SET version_num='d0066' WHERE alembic_version.version_num = 'd0065';

-- Running upgrade d0066 -> d0067, table 67

-- versions/d0067_table_67.mig:6
CREATE TABLE t67 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0067_table_67.mig:10
CREATE TABLE _retort_tmp_t67 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t67_prev FOREIGN KEY (prev_id) REFERENCES t66 (id)
);

INSERT INTO _retort_tmp_t67 (id, prev_id) SELECT id, prev_id FROM t67;

DROP TABLE t67;

ALTER TABLE _retort_tmp_t67 RENAME TO t67;

PRAGMA foreign_key_check(t67);

-- versions/d0067_table_67.mig:11
CREATE INDEX ix_t67_prev ON t67 (prev_id);

UPDATE alembic_version SET version_num='d0067' WHERE alembic_version.version_num = 'd0066';

-- Running upgrade d0067 -> d0068, table 68

-- versions/d0068_table_68.mig:6
CREATE TABLE t68 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0068_table_68.mig:10
CREATE TABLE _retort_tmp_t68 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t68_prev FOREIGN KEY (prev_id) REFERENCES t67 (id)
);

INSERT INTO _retort_tmp_t68 (id, prev_id) SELECT id, prev_id FROM t68;

DROP TABLE t68;

ALTER TABLE _retort_tmp_t68 RENAME TO t68;

PRAGMA foreign_key_check(t68);

-- versions/d0068_table_68.mig:11
CREATE INDEX ix_t68_prev ON t68 (prev_id);

UPDATE alembic_version SET version_num='d0068' WHERE alembic_version.version_num = 'd0067';

-- Running upgrade d0068 -> d0069, table 69

-- versions/d0069_table_69.mig:6
CREATE TABLE t69 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0069_table_69.mig:10
CREATE TABLE _retort_tmp_t69 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t69_prev FOREIGN KEY (prev_id) REFERENCES t68 (id)
);

INSERT INTO _retort_tmp_t69 (id, prev_id) SELECT id, prev_id FROM t69;

DROP TABLE t69;

ALTER TABLE _retort_tmp_t69 RENAME TO t69;

PRAGMA foreign_key_check(t69);

-- versions/d0069_table_69.mig:11
CREATE INDEX ix_t69_prev ON t69 (prev_id);

UPDATE alembic_version SET version_num='d0069' WHERE alembic_version.version_num = 'd0068';

-- Running upgrade d0069 -> d0070, table 70

-- versions/d0070_table_70.mig:6
CREATE TABLE t70 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0070_table_70.mig:10
CREATE TABLE _retort_tmp_t70 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t70_prev FOREIGN KEY (prev_id) REFERENCES t69 (id)
);

INSERT INTO _retort_tmp_t70 (id, prev_id) SELECT id, prev_id FROM t70;

DROP TABLE t70;

ALTER TABLE _retort_tmp_t70 RENAME TO t70;

PRAGMA foreign_key_check(t70);

-- versions/d0070_table_70.mig:11
CREATE INDEX ix_t70_prev ON t70 (prev_id);

UPDATE alembic_version SET version_num='d0070' WHERE alembic_version.version_num = 'd0069';

-- Running upgrade d0070 -> d0071, table 71

-- versions/d0071_table_71.mig:6
CREATE TABLE t71 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0071_table_71.mig:10
CREATE TABLE _retort_tmp_t71 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t71_prev FOREIGN KEY (prev_id) REFERENCES t70 (id)
);

INSERT INTO _retort_tmp_t71 (id, prev_id) SELECT id, prev_id FROM t71;

DROP TABLE t71;

ALTER TABLE _retort_tmp_t71 RENAME TO t71;

PRAGMA foreign_key_check(t71);

-- versions/d0071_table_71.mig:11
CREATE INDEX ix_t71_prev ON t71 (prev_id);

UPDATE alembic_version SET version_num='d0071' WHERE alembic_version.version_num = 'd0070';

-- Running upgrade d0071 -> d0072, table 72

-- versions/d0072_table_72.mig:6
CREATE TABLE t72 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0072_table_72.mig:10
CREATE TABLE _retort_tmp_t72 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t72_prev FOREIGN KEY (prev_id) REFERENCES t71 (id)
);

INSERT INTO _retort_tmp_t72 (id, prev_id) SELECT id, prev_id FROM t72;

DROP TABLE t72;

ALTER TABLE _retort_tmp_t72 RENAME TO t72;

PRAGMA foreign_key_check(t72);

-- versions/d0072_table_72.mig:11
CREATE INDEX ix_t72_prev ON t72 (prev_id);

UPDATE alembic_version SET version_num='d0072' WHERE alembic_version.version_num = 'd0071';

-- Running upgrade d0072 -> d0073, table 73

-- versions/d0073_table_73.mig:6
CREATE TABLE t73 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0073_table_73.mig:10
CREATE TABLE _retort_tmp_t73 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t73_prev FOREIGN KEY (prev_id) REFERENCES t72 (id)
);

INSERT INTO _retort_tmp_t73 (id, prev_id) SELECT id, prev_id FROM t73;

DROP TABLE t73;

ALTER TABLE _retort_tmp_t73 RENAME TO t73;

PRAGMA foreign_key_check(t73);

-- versions/d0073_table_73.mig:11
CREATE INDEX ix_t73_prev ON t73 (prev_id);

UPDATE alembic_version SET version_num='d0073' WHERE alembic_version.version_num = 'd0072';

-- Running upgrade d0073 -> d0074, table 74

-- versions/d0074_table_74.mig:6
CREATE TABLE t74 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0074_table_74.mig:10
CREATE TABLE _retort_tmp_t74 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t74_prev FOREIGN KEY (prev_id) REFERENCES t73 (id)
);

INSERT INTO _retort_tmp_t74 (id, prev_id) SELECT id, prev_id FROM t74;

DROP TABLE t74;

ALTER TABLE _retort_tmp_t74 RENAME TO t74;

PRAGMA foreign_key_check(t74);

-- versions/d0074_table_74.mig:11
CREATE INDEX ix_t74_prev ON t74 (prev_id);

UPDATE alembic_version SET version_num='d0074' WHERE alembic_version.version_num = 'd0073';

-- Running upgrade d0074 -> d0075, table 75

-- versions/d0075_table_75.mig:6
CREATE TABLE t75 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0075_table_75.mig:10
CREATE TABLE _retort_tmp_t75 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t75_prev FOREIGN KEY (prev_id) REFERENCES t74 (id)
);

INSERT INTO _retort_tmp_t75 (id, prev_id) SELECT id, prev_id FROM t75;

DROP TABLE t75;

ALTER TABLE _retort_tmp_t75 RENAME TO t75;

PRAGMA foreign_key_check(t75);

-- versions/d0075_table_75.mig:11
CREATE INDEX ix_t75_prev ON t75 (prev_id);

UPDATE alembic_version SET version_num='d0075' WHERE alembic_version.version_num = 'd0074';

-- Running upgrade d0075 -> d0076, table 76

-- versions/d0076_table_76.mig:6
CREATE TABLE t76 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0076_table_76.mig:10
CREATE TABLE _retort_tmp_t76 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t76_prev FOREIGN KEY (prev_id) REFERENCES t75 (id)
);

INSERT INTO _retort_tmp_t76 (id, prev_id) SELECT id, prev_id FROM t76;

DROP TABLE t76;

ALTER TABLE _retort_tmp_t76 RENAME TO t76;

PRAGMA foreign_key_check(t76);

-- versions/d0076_table_76.mig:11
CREATE INDEX ix_t76_prev ON t76 (prev_id);

UPDATE alembic_version SET version_num='d0076' WHERE alembic_version.version_num = 'd0075';

-- Running upgrade d0076 -> d0077, table 77

-- versions/d0077_table_77.mig:6
CREATE TABLE t77 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0077_table_77.mig:10
CREATE TABLE _retort_tmp_t77 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t77_prev FOREIGN KEY (prev_id) REFERENCES t76 (id)
);

INSERT INTO _retort_tmp_t77 (id, prev_id) SELECT id, prev_id FROM t77;

DROP TABLE t77;

ALTER TABLE _retort_tmp_t77 RENAME TO t77;

PRAGMA foreign_key_check(t77);

-- versions/d0077_table_77.mig:11
CREATE INDEX ix_t77_prev ON t77 (prev_id);

UPDATE alembic_version SET version_num='d0077' WHERE alembic_version.version_num = 'd0076';

-- Running upgrade d0077 -> d0078, table 78

-- versions/d0078_table_78.mig:6
CREATE TABLE t78 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0078_table_78.mig:10
CREATE TABLE _retort_tmp_t78 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t78_prev FOREIGN KEY (prev_id) REFERENCES t77 (id)
);

INSERT INTO _retort_tmp_t78 (id, prev_id) SELECT id, prev_id FROM t78;

DROP TABLE t78;

ALTER TABLE _retort_tmp_t78 RENAME TO t78;

PRAGMA foreign_key_check(t78);

-- versions/d0078_table_78.mig:11
CREATE INDEX ix_t78_prev ON t78 (prev_id);

UPDATE alembic_version SET version_num='d0078' WHERE alembic_version.version_num = 'd0077';

-- Running upgrade d0078 -> d0079, table 79

-- versions/d0079_table_79.mig:6
CREATE TABLE t79 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0079_table_79.mig:10
CREATE TABLE _retort_tmp_t79 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t79_prev FOREIGN KEY (prev_id) REFERENCES t78 (id)
);

INSERT INTO _retort_tmp_t79 (id, prev_id) SELECT id, prev_id FROM t79;

DROP TABLE t79;

ALTER TABLE _retort_tmp_t79 RENAME TO t79;

PRAGMA foreign_key_check(t79);

-- versions/d0079_table_79.mig:11
CREATE INDEX ix_t79_prev ON t79 (prev_id);

UPDATE alembic_version SET version_num='d0079' WHERE alembic_version.version_num = 'd0078';

-- Running upgrade d0079 -> d0080, table 80

-- versions/d0080_table_80.mig:6
CREATE TABLE t80 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id)
);

-- versions/d0080_table_80.mig:10
CREATE TABLE _retort_tmp_t80 (
    id INTEGER NOT NULL,
    prev_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_t80_prev FOREIGN KEY (prev_id) REFERENCES t79 (id)
);

INSERT INTO _retort_tmp_t80 (id, prev_id) SELECT id, prev_id FROM t80;

DROP TABLE t80;

ALTER TABLE _retort_tmp_t80 RENAME TO t80;

PRAGMA foreign_key_check(t80);

-- versions/d0080_table_80.mig:11
CREATE INDEX ix_t80_prev ON t80 (prev_id);

UPDATE alembic_version SET version_num='d0080' WHERE alembic_version.version_num = 'd0079';

COMMIT;

PRAGMA foreign_keys = ON;


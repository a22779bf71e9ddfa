SET client_encoding = 'UTF8';

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
ALTER TABLE t2 ADD CONSTRAINT fk_t2_prev FOREIGN KEY (prev_id) REFERENCES t1 (id);

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
ALTER TABLE t3 ADD CONSTRAINT fk_t3_prev FOREIGN KEY (prev_id) REFERENCES t2 (id);

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
ALTER TABLE t4 ADD CONSTRAINT fk_t4_prev FOREIGN KEY (prev_id) REFERENCES t3 (id);

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
ALTER TABLE t5 ADD CONSTRAINT fk_t5_prev FOREIGN KEY (prev_id) REFERENCES t4 (id);

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
ALTER TABLE t6 ADD CONSTRAINT fk_t6_prev FOREIGN KEY (prev_id) REFERENCES t5 (id);

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
ALTER TABLE t7 ADD CONSTRAINT fk_t7_prev FOREIGN KEY (prev_id) REFERENCES t6 (id);

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
ALTER TABLE t8 ADD CONSTRAINT fk_t8_prev FOREIGN KEY (prev_id) REFERENCES t7 (id);

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
ALTER TABLE t9 ADD CONSTRAINT fk_t9_prev FOREIGN KEY (prev_id) REFERENCES t8 (id);

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
ALTER TABLE t10 ADD CONSTRAINT fk_t10_prev FOREIGN KEY (prev_id) REFERENCES t9 (id);

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
ALTER TABLE t11 ADD CONSTRAINT fk_t11_prev FOREIGN KEY (prev_id) REFERENCES t10 (id);

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
ALTER TABLE t12 ADD CONSTRAINT fk_t12_prev FOREIGN KEY (prev_id) REFERENCES t11 (id);

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
ALTER TABLE t13 ADD CONSTRAINT fk_t13_prev FOREIGN KEY (prev_id) REFERENCES t12 (id);

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
ALTER TABLE t14 ADD CONSTRAINT fk_t14_prev FOREIGN KEY (prev_id) REFERENCES t13 (id);

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
ALTER TABLE t15 ADD CONSTRAINT fk_t15_prev FOREIGN KEY (prev_id) REFERENCES t14 (id);

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
ALTER TABLE t16 ADD CONSTRAINT fk_t16_prev FOREIGN KEY (prev_id) REFERENCES t15 (id);

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
ALTER TABLE t17 ADD CONSTRAINT fk_t17_prev FOREIGN KEY (prev_id) REFERENCES t16 (id);

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
ALTER TABLE t18 ADD CONSTRAINT fk_t18_prev FOREIGN KEY (prev_id) REFERENCES t17 (id);

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
ALTER TABLE t19 ADD CONSTRAINT fk_t19_prev FOREIGN KEY (prev_id) REFERENCES t18 (id);

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
ALTER TABLE t20 ADD CONSTRAINT fk_t20_prev FOREIGN KEY (prev_id) REFERENCES t19 (id);

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
ALTER TABLE t21 ADD CONSTRAINT fk_t21_prev FOREIGN KEY (prev_id) REFERENCES t20 (id);

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
ALTER TABLE t22 ADD CONSTRAINT fk_t22_prev FOREIGN KEY (prev_id) REFERENCES t21 (id);

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
ALTER TABLE t23 ADD CONSTRAINT fk_t23_prev FOREIGN KEY (prev_id) REFERENCES t22 (id);

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
ALTER TABLE t24 ADD CONSTRAINT fk_t24_prev FOREIGN KEY (prev_id) REFERENCES t23 (id);

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
ALTER TABLE t25 ADD CONSTRAINT fk_t25_prev FOREIGN KEY (prev_id) REFERENCES t24 (id);

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
ALTER TABLE t26 ADD CONSTRAINT fk_t26_prev FOREIGN KEY (prev_id) REFERENCES t25 (id);

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
ALTER TABLE t27 ADD CONSTRAINT fk_t27_prev FOREIGN KEY (prev_id) REFERENCES t26 (id);

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
ALTER TABLE t28 ADD CONSTRAINT fk_t28_prev FOREIGN KEY (prev_id) REFERENCES t27 (id);

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
ALTER TABLE t29 ADD CONSTRAINT fk_t29_prev FOREIGN KEY (prev_id) REFERENCES t28 (id);

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
ALTER TABLE t30 ADD CONSTRAINT fk_t30_prev FOREIGN KEY (prev_id) REFERENCES t29 (id);

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
ALTER TABLE t31 ADD CONSTRAINT fk_t31_prev FOREIGN KEY (prev_id) REFERENCES t30 (id);

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
ALTER TABLE t32 ADD CONSTRAINT fk_t32_prev FOREIGN KEY (prev_id) REFERENCES t31 (id);

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
ALTER TABLE t33 ADD CONSTRAINT fk_t33_prev FOREIGN KEY (prev_id) REFERENCES t32 (id);

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
ALTER TABLE t34 ADD CONSTRAINT fk_t34_prev FOREIGN KEY (prev_id) REFERENCES t33 (id);

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
ALTER TABLE t35 ADD CONSTRAINT fk_t35_prev FOREIGN KEY (prev_id) REFERENCES t34 (id);

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
ALTER TABLE t36 ADD CONSTRAINT fk_t36_prev FOREIGN KEY (prev_id) REFERENCES t35 (id);

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
ALTER TABLE t37 ADD CONSTRAINT fk_t37_prev FOREIGN KEY (prev_id) REFERENCES t36 (id);

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
ALTER TABLE t38 ADD CONSTRAINT fk_t38_prev FOREIGN KEY (prev_id) REFERENCES t37 (id);

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
ALTER TABLE t39 ADD CONSTRAINT fk_t39_prev FOREIGN KEY (prev_id) REFERENCES t38 (id);

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
ALTER TABLE t40 ADD CONSTRAINT fk_t40_prev FOREIGN KEY (prev_id) REFERENCES t39 (id);

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
ALTER TABLE t41 ADD CONSTRAINT fk_t41_prev FOREIGN KEY (prev_id) REFERENCES t40 (id);

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
ALTER TABLE t42 ADD CONSTRAINT fk_t42_prev FOREIGN KEY (prev_id) REFERENCES t41 (id);

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
ALTER TABLE t43 ADD CONSTRAINT fk_t43_prev FOREIGN KEY (prev_id) REFERENCES t42 (id);

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
ALTER TABLE t44 ADD CONSTRAINT fk_t44_prev FOREIGN KEY (prev_id) REFERENCES t43 (id);

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
ALTER TABLE t45 ADD CONSTRAINT fk_t45_prev FOREIGN KEY (prev_id) REFERENCES t44 (id);

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
ALTER TABLE t46 ADD CONSTRAINT fk_t46_prev FOREIGN KEY (prev_id) REFERENCES t45 (id);

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
ALTER TABLE t47 ADD CONSTRAINT fk_t47_prev FOREIGN KEY (prev_id) REFERENCES t46 (id);

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
ALTER TABLE t48 ADD CONSTRAINT fk_t48_prev FOREIGN KEY (prev_id) REFERENCES t47 (id);

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
ALTER TABLE t49 ADD CONSTRAINT fk_t49_prev FOREIGN KEY (prev_id) REFERENCES t48 (id);

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
ALTER TABLE t50 ADD CONSTRAINT fk_t50_prev FOREIGN KEY (prev_id) REFERENCES t49 (id);

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
ALTER TABLE t51 ADD CONSTRAINT fk_t51_prev FOREIGN KEY (prev_id) REFERENCES t50 (id);

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
ALTER TABLE t52 ADD CONSTRAINT fk_t52_prev FOREIGN KEY (prev_id) REFERENCES t51 (id);

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
ALTER TABLE t53 ADD CONSTRAINT fk_t53_prev FOREIGN KEY (prev_id) REFERENCES t52 (id);

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
ALTER TABLE t54 ADD CONSTRAINT fk_t54_prev FOREIGN KEY (prev_id) REFERENCES t53 (id);

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
ALTER TABLE t55 ADD CONSTRAINT fk_t55_prev FOREIGN KEY (prev_id) REFERENCES t54 (id);

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
ALTER TABLE t56 ADD CONSTRAINT fk_t56_prev FOREIGN KEY (prev_id) REFERENCES t55 (id);

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
ALTER TABLE t57 ADD CONSTRAINT fk_t57_prev FOREIGN KEY (prev_id) REFERENCES t56 (id);

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
ALTER TABLE t58 ADD CONSTRAINT fk_t58_prev FOREIGN KEY (prev_id) REFERENCES t57 (id);

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
ALTER TABLE t59 ADD CONSTRAINT fk_t59_prev FOREIGN KEY (prev_id) REFERENCES t58 (id);

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
ALTER TABLE t60 ADD CONSTRAINT fk_t60_prev FOREIGN KEY (prev_id) REFERENCES t59 (id);

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
ALTER TABLE t61 ADD CONSTRAINT fk_t61_prev FOREIGN KEY (prev_id) REFERENCES t60 (id);

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
ALTER TABLE t62 ADD CONSTRAINT fk_t62_prev FOREIGN KEY (prev_id) REFERENCES t61 (id);

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
ALTER TABLE t63 ADD CONSTRAINT fk_t63_prev FOREIGN KEY (prev_id) REFERENCES t62 (id);

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
ALTER TABLE t64 ADD CONSTRAINT fk_t64_prev FOREIGN KEY (prev_id) REFERENCES t63 (id);

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
ALTER TABLE t65 ADD CONSTRAINT fk_t65_prev FOREIGN KEY (prev_id) REFERENCES t64 (id);

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
ALTER TABLE t66 ADD CONSTRAINT fk_t66_prev FOREIGN KEY (prev_id) REFERENCES t65 (id);

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
ALTER TABLE t67 ADD CONSTRAINT fk_t67_prev FOREIGN KEY (prev_id) REFERENCES t66 (id);

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
ALTER TABLE t68 ADD CONSTRAINT fk_t68_prev FOREIGN KEY (prev_id) REFERENCES t67 (id);

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
ALTER TABLE t69 ADD CONSTRAINT fk_t69_prev FOREIGN KEY (prev_id) REFERENCES t68 (id);

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
ALTER TABLE t70 ADD CONSTRAINT fk_t70_prev FOREIGN KEY (prev_id) REFERENCES t69 (id);

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
ALTER TABLE t71 ADD CONSTRAINT fk_t71_prev FOREIGN KEY (prev_id) REFERENCES t70 (id);

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
ALTER TABLE t72 ADD CONSTRAINT fk_t72_prev FOREIGN KEY (prev_id) REFERENCES t71 (id);

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
ALTER TABLE t73 ADD CONSTRAINT fk_t73_prev FOREIGN KEY (prev_id) REFERENCES t72 (id);

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
ALTER TABLE t74 ADD CONSTRAINT fk_t74_prev FOREIGN KEY (prev_id) REFERENCES t73 (id);

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
ALTER TABLE t75 ADD CONSTRAINT fk_t75_prev FOREIGN KEY (prev_id) REFERENCES t74 (id);

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
ALTER TABLE t76 ADD CONSTRAINT fk_t76_prev FOREIGN KEY (prev_id) REFERENCES t75 (id);

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
ALTER TABLE t77 ADD CONSTRAINT fk_t77_prev FOREIGN KEY (prev_id) REFERENCES t76 (id);

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
ALTER TABLE t78 ADD CONSTRAINT fk_t78_prev FOREIGN KEY (prev_id) REFERENCES t77 (id);

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
ALTER TABLE t79 ADD CONSTRAINT fk_t79_prev FOREIGN KEY (prev_id) REFERENCES t78 (id);

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
ALTER TABLE t80 ADD CONSTRAINT fk_t80_prev FOREIGN KEY (prev_id) REFERENCES t79 (id);

-- versions/d0080_table_80.mig:11
CREATE INDEX ix_t80_prev ON t80 (prev_id);

UPDATE alembic_version SET version_num='d0080' WHERE alembic_version.version_num = 'd0079';

COMMIT;


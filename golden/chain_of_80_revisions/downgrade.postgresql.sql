SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d0080 -> d0079, table 80

-- versions/d0080_table_80.mig:15
ALTER TABLE t80 DROP CONSTRAINT fk_t80_prev;

-- versions/d0080_table_80.mig:16
DROP INDEX ix_t80_prev;

-- versions/d0080_table_80.mig:17
DROP TABLE t80;

UPDATE alembic_version SET version_num='d0079' WHERE alembic_version.version_num = 'd0080';

-- Running downgrade d0079 -> d0078, table 79

-- versions/d0079_table_79.mig:15
ALTER TABLE t79 DROP CONSTRAINT fk_t79_prev;

-- versions/d0079_table_79.mig:16
DROP INDEX ix_t79_prev;

-- versions/d0079_table_79.mig:17
DROP TABLE t79;

UPDATE alembic_version SET version_num='d0078' WHERE alembic_version.version_num = 'd0079';

-- Running downgrade d0078 -> d0077, table 78

-- versions/d0078_table_78.mig:15
ALTER TABLE t78 DROP CONSTRAINT fk_t78_prev;

-- versions/d0078_table_78.mig:16
DROP INDEX ix_t78_prev;

-- versions/d0078_table_78.mig:17
DROP TABLE t78;

UPDATE alembic_version SET version_num='d0077' WHERE alembic_version.version_num = 'd0078';

-- Running downgrade d0077 -> d0076, table 77

-- versions/d0077_table_77.mig:15
ALTER TABLE t77 DROP CONSTRAINT fk_t77_prev;

-- versions/d0077_table_77.mig:16
DROP INDEX ix_t77_prev;

-- versions/d0077_table_77.mig:17
DROP TABLE t77;

UPDATE alembic_version SET version_num='d0076' WHERE alembic_version.version_num = 'd0077';

-- Running downgrade d0076 -> d0075, table 76

-- versions/d0076_table_76.mig:15
ALTER TABLE t76 DROP CONSTRAINT fk_t76_prev;

-- versions/d0076_table_76.mig:16
DROP INDEX ix_t76_prev;

-- versions/d0076_table_76.mig:17
DROP TABLE t76;

UPDATE alembic_version SET version_num='d0075' WHERE alembic_version.version_num = 'd0076';

-- Running downgrade d0075 -> d0074, table 75

-- versions/d0075_table_75.mig:15
ALTER TABLE t75 DROP CONSTRAINT fk_t75_prev;

-- versions/d0075_table_75.mig:16
DROP INDEX ix_t75_prev;

-- versions/d0075_table_75.mig:17
DROP TABLE t75;

UPDATE alembic_version SET version_num='d0074' WHERE alembic_version.version_num = 'd0075';

-- Running downgrade d0074 -> d0073, table 74

-- versions/d0074_table_74.mig:15
ALTER TABLE t74 DROP CONSTRAINT fk_t74_prev;

-- versions/d0074_table_74.mig:16
DROP INDEX ix_t74_prev;

-- versions/d0074_table_74.mig:17
DROP TABLE t74;

UPDATE alembic_version SET version_num='d0073' WHERE alembic_version.version_num = 'd0074';

-- Running downgrade d0073 -> d0072, table 73

-- versions/d0073_table_73.mig:15
ALTER TABLE t73 DROP CONSTRAINT fk_t73_prev;

-- versions/d0073_table_73.mig:16
DROP INDEX ix_t73_prev;

-- versions/d0073_table_73.mig:17
DROP TABLE t73;

UPDATE alembic_version SET version_num='d0072' WHERE alembic_version.version_num = 'd0073';

-- Running downgrade d0072 -> d0071, table 72

-- versions/d0072_table_72.mig:15
ALTER TABLE t72 DROP CONSTRAINT fk_t72_prev;

-- versions/d0072_table_72.mig:16
DROP INDEX ix_t72_prev;

-- versions/d0072_table_72.mig:17
DROP TABLE t72;

UPDATE alembic_version SET version_num='d0071' WHERE alembic_version.version_num = 'd0072';

-- Running downgrade d0071 -> d0070, table 71

-- versions/d0071_table_71.mig:15
ALTER TABLE t71 DROP CONSTRAINT fk_t71_prev;

-- versions/d0071_table_71.mig:16
DROP INDEX ix_t71_prev;

-- versions/d0071_table_71.mig:17
DROP TABLE t71;

UPDATE alembic_version SET version_num='d0070' WHERE alembic_version.version_num = 'd0071';

-- Running downgrade d0070 -> d0069, table 70

-- versions/d0070_table_70.mig:15
ALTER TABLE t70 DROP CONSTRAINT fk_t70_prev;

-- versions/d0070_table_70.mig:16
DROP INDEX ix_t70_prev;

-- versions/d0070_table_70.mig:17
DROP TABLE t70;

UPDATE alembic_version SET version_num='d0069' WHERE alembic_version.version_num = 'd0070';

-- Running downgrade d0069 -> d0068, table 69

-- versions/d0069_table_69.mig:15
ALTER TABLE t69 DROP CONSTRAINT fk_t69_prev;

-- versions/d0069_table_69.mig:16
DROP INDEX ix_t69_prev;

-- versions/d0069_table_69.mig:17
DROP TABLE t69;

UPDATE alembic_version SET version_num='d0068' WHERE alembic_version.version_num = 'd0069';

-- Running downgrade d0068 -> d0067, table 68

-- versions/d0068_table_68.mig:15
ALTER TABLE t68 DROP CONSTRAINT fk_t68_prev;

-- versions/d0068_table_68.mig:16
DROP INDEX ix_t68_prev;

-- versions/d0068_table_68.mig:17
DROP TABLE t68;

UPDATE alembic_version SET version_num='d0067' WHERE alembic_version.version_num = 'd0068';

-- Running downgrade d0067 -> d0066, table 67

-- versions/d0067_table_67.mig:15
ALTER TABLE t67 DROP CONSTRAINT fk_t67_prev;

-- versions/d0067_table_67.mig:16
DROP INDEX ix_t67_prev;

-- versions/d0067_table_67.mig:17
DROP TABLE t67;

UPDATE alembic_version SET version_num='d0066' WHERE alembic_version.version_num = 'd0067';

-- Running downgrade d0066 -> d0065, table 66

-- versions/d0066_table_66.mig:15
ALTER TABLE t66 DROP CONSTRAINT fk_t66_prev;

-- versions/d0066_table_66.mig:16
DROP INDEX ix_t66_prev;

-- versions/d0066_table_66.mig:17
DROP TABLE t66;

UPDATE alembic_version SET version_num='d0065' WHERE alembic_version.version_num = 'd0066';

-- Running downgrade d0065 -> d0064, table 65

-- versions/d0065_table_65.mig:15
ALTER TABLE t65 DROP CONSTRAINT fk_t65_prev;

-- versions/d0065_table_65.mig:16
DROP INDEX ix_t65_prev;

-- versions/d0065_table_65.mig:17
DROP TABLE t65;

UPDATE alembic_version SET version_num='d0064' WHERE alembic_version.version_num = 'd0065';

-- Running downgrade d0064 -> d0063, table 64

-- versions/d0064_table_64.mig:15
ALTER TABLE t64 DROP CONSTRAINT fk_t64_prev;

-- versions/d0064_table_64.mig:16
DROP INDEX ix_t64_prev;

-- versions/d0064_table_64.mig:17
DROP TABLE t64;

UPDATE alembic_version SET version_num='d0063' WHERE alembic_version.version_num = 'd0064';

-- Running downgrade d0063 -> d0062, table 63

-- versions/d0063_table_63.mig:15
ALTER TABLE t63 DROP CONSTRAINT fk_t63_prev;

-- versions/d0063_table_63.mig:16
DROP INDEX ix_t63_prev;

-- versions/d0063_table_63.mig:17
DROP TABLE t63;

UPDATE alembic_version SET version_num='d0062' WHERE alembic_version.version_num = 'd0063';

-- Running downgrade d0062 -> d0061, table 62

-- versions/d0062_table_62.mig:15
ALTER TABLE t62 DROP CONSTRAINT fk_t62_prev;

-- versions/d0062_table_62.mig:16
DROP INDEX ix_t62_prev;

-- versions/d0062_table_62.mig:17
DROP TABLE t62;

UPDATE alembic_version SET version_num='d0061' WHERE alembic_version.version_num = 'd0062';

-- Running downgrade d0061 -> d0060, table 61

-- versions/d0061_table_61.mig:15
ALTER TABLE t61 DROP CONSTRAINT fk_t61_prev;

-- versions/d0061_table_61.mig:16
DROP INDEX ix_t61_prev;

-- versions/d0061_table_61.mig:17
DROP TABLE t61;

UPDATE alembic_version SET version_num='d0060' WHERE alembic_version.version_num = 'd0061';

-- Running downgrade d0060 -> d0059, table 60

-- versions/d0060_table_60.mig:15
ALTER TABLE t60 DROP CONSTRAINT fk_t60_prev;

-- versions/d0060_table_60.mig:16
DROP INDEX ix_t60_prev;

-- versions/d0060_table_60.mig:17
DROP TABLE t60;

UPDATE alembic_version SET version_num='d0059' WHERE alembic_version.version_num = 'd0060';

-- Running downgrade d0059 -> d0058, table 59

-- versions/d0059_table_59.mig:15
ALTER TABLE t59 DROP CONSTRAINT fk_t59_prev;

-- versions/d0059_table_59.mig:16
DROP INDEX ix_t59_prev;

-- versions/d0059_table_59.mig:17
DROP TABLE t59;

UPDATE alembic_version SET version_num='d0058' WHERE alembic_version.version_num = 'd0059';

-- Running downgrade d0058 -> d0057, table 58

-- versions/d0058_table_58.mig:15
ALTER TABLE t58 DROP CONSTRAINT fk_t58_prev;

-- versions/d0058_table_58.mig:16
DROP INDEX ix_t58_prev;

-- versions/d0058_table_58.mig:17
DROP TABLE t58;

UPDATE alembic_version SET version_num='d0057' WHERE alembic_version.version_num = 'd0058';

-- Running downgrade d0057 -> d0056, table 57

-- versions/d0057_table_57.mig:15
ALTER TABLE t57 DROP CONSTRAINT fk_t57_prev;

-- versions/d0057_table_57.mig:16
DROP INDEX ix_t57_prev;

-- versions/d0057_table_57.mig:17
DROP TABLE t57;

UPDATE alembic_version SET version_num='d0056' WHERE alembic_version.version_num = 'd0057';

-- Running downgrade d0056 -> d0055, table 56

-- versions/d0056_table_56.mig:15
ALTER TABLE t56 DROP CONSTRAINT fk_t56_prev;

-- versions/d0056_table_56.mig:16
DROP INDEX ix_t56_prev;

-- versions/d0056_table_56.mig:17
DROP TABLE t56;

UPDATE alembic_version SET version_num='d0055' WHERE alembic_version.version_num = 'd0056';

-- Running downgrade d0055 -> d0054, table 55

-- versions/d0055_table_55.mig:15
ALTER TABLE t55 DROP CONSTRAINT fk_t55_prev;

-- versions/d0055_table_55.mig:16
DROP INDEX ix_t55_prev;

-- versions/d0055_table_55.mig:17
DROP TABLE t55;

UPDATE alembic_version SET version_num='d0054' WHERE alembic_version.version_num = 'd0055';

-- Running downgrade d0054 -> d0053, table 54

-- versions/d0054_table_54.mig:15
ALTER TABLE t54 DROP CONSTRAINT fk_t54_prev;

-- versions/d0054_table_54.mig:16
DROP INDEX ix_t54_prev;

-- versions/d0054_table_54.mig:17
DROP TABLE t54;

UPDATE alembic_version SET version_num='d0053' WHERE alembic_version.version_num = 'd0054';

-- Running downgrade d0053 -> d0052, table 53

-- versions/d0053_table_53.mig:15
ALTER TABLE t53 DROP CONSTRAINT fk_t53_prev;

-- versions/d0053_table_53.mig:16
DROP INDEX ix_t53_prev;

-- versions/d0053_table_53.mig:17
DROP TABLE t53;

UPDATE alembic_version SET version_num='d0052' WHERE alembic_version.version_num = 'd0053';

-- Running downgrade d0052 -> d0051, table 52

-- versions/d0052_table_52.mig:15
ALTER TABLE t52 DROP CONSTRAINT fk_t52_prev;

-- versions/d0052_table_52.mig:16
DROP INDEX ix_t52_prev;

-- versions/d0052_table_52.mig:17
DROP TABLE t52;

UPDATE alembic_version SET version_num='d0051' WHERE alembic_version.version_num = 'd0052';

-- Running downgrade d0051 -> d0050, table 51

-- versions/d0051_table_51.mig:15
ALTER TABLE t51 DROP CONSTRAINT fk_t51_prev;

-- versions/d0051_table_51.mig:16
DROP INDEX ix_t51_prev;

-- versions/d0051_table_51.mig:17
DROP TABLE t51;

UPDATE alembic_version SET version_num='d0050' WHERE alembic_version.version_num = 'd0051';

-- Running downgrade d0050 -> d0049, table 50

-- versions/d0050_table_50.mig:15
ALTER TABLE t50 DROP CONSTRAINT fk_t50_prev;

-- versions/d0050_table_50.mig:16
DROP INDEX ix_t50_prev;

-- versions/d0050_table_50.mig:17
DROP TABLE t50;

UPDATE alembic_version SET version_num='d0049' WHERE alembic_version.version_num = 'd0050';

-- Running downgrade d0049 -> d0048, table 49

-- versions/d0049_table_49.mig:15
ALTER TABLE t49 DROP CONSTRAINT fk_t49_prev;

-- versions/d0049_table_49.mig:16
DROP INDEX ix_t49_prev;

-- versions/d0049_table_49.mig:17
DROP TABLE t49;

UPDATE alembic_version SET version_num='d0048' WHERE alembic_version.version_num = 'd0049';

-- Running downgrade d0048 -> d0047, table 48

-- versions/d0048_table_48.mig:15
ALTER TABLE t48 DROP CONSTRAINT fk_t48_prev;

-- versions/d0048_table_48.mig:16
DROP INDEX ix_t48_prev;

-- versions/d0048_table_48.mig:17
DROP TABLE t48;

UPDATE alembic_version SET version_num='d0047' WHERE alembic_version.version_num = 'd0048';

-- Running downgrade d0047 -> d0046, table 47

-- versions/d0047_table_47.mig:15
ALTER TABLE t47 DROP CONSTRAINT fk_t47_prev;

-- versions/d0047_table_47.mig:16
DROP INDEX ix_t47_prev;

-- versions/d0047_table_47.mig:17
DROP TABLE t47;

UPDATE alembic_version SET version_num='d0046' WHERE alembic_version.version_num = 'd0047';

-- Running downgrade d0046 -> d0045, table 46

-- versions/d0046_table_46.mig:15
ALTER TABLE t46 DROP CONSTRAINT fk_t46_prev;

-- versions/d0046_table_46.mig:16
DROP INDEX ix_t46_prev;

-- versions/d0046_table_46.mig:17
DROP TABLE t46;

UPDATE alembic_version SET version_num='d0045' WHERE alembic_version.version_num = 'd0046';

-- Running downgrade d0045 -> d0044, table 45

-- versions/d0045_table_45.mig:15
ALTER TABLE t45 DROP CONSTRAINT fk_t45_prev;

-- versions/d0045_table_45.mig:16
DROP INDEX ix_t45_prev;

-- versions/d0045_table_45.mig:17
DROP TABLE t45;

UPDATE alembic_version SET version_num='d0044' WHERE alembic_version.version_num = 'd0045';

-- Running downgrade d0044 -> d0043, table 44

-- versions/d0044_table_44.mig:15
ALTER TABLE t44 DROP CONSTRAINT fk_t44_prev;

-- versions/d0044_table_44.mig:16
DROP INDEX ix_t44_prev;

-- versions/d0044_table_44.mig:17
DROP TABLE t44;

UPDATE alembic_version SET version_num='d0043' WHERE alembic_version.version_num = 'd0044';

-- Running downgrade d0043 -> d0042, table 43

-- versions/d0043_table_43.mig:15
ALTER TABLE t43 DROP CONSTRAINT fk_t43_prev;

-- versions/d0043_table_43.mig:16
DROP INDEX ix_t43_prev;

-- versions/d0043_table_43.mig:17
DROP TABLE t43;

UPDATE alembic_version SET version_num='d0042' WHERE alembic_version.version_num = 'd0043';

-- Running downgrade d0042 -> d0041, table 42

-- versions/d0042_table_42.mig:15
ALTER TABLE t42 DROP CONSTRAINT fk_t42_prev;

-- versions/d0042_table_42.mig:16
DROP INDEX ix_t42_prev;

-- versions/d0042_table_42.mig:17
DROP TABLE t42;

UPDATE alembic_version SET version_num='d0041' WHERE alembic_version.version_num = 'd0042';

-- Running downgrade d0041 -> d0040, table 41

-- versions/d0041_table_41.mig:15
ALTER TABLE t41 DROP CONSTRAINT fk_t41_prev;

-- versions/d0041_table_41.mig:16
DROP INDEX ix_t41_prev;

-- versions/d0041_table_41.mig:17
DROP TABLE t41;

UPDATE alembic_version SET version_num='d0040' WHERE alembic_version.version_num = 'd0041';

-- Running downgrade d0040 -> d0039, table 40

-- versions/d0040_table_40.mig:15
ALTER TABLE t40 DROP CONSTRAINT fk_t40_prev;

-- versions/d0040_table_40.mig:16
DROP INDEX ix_t40_prev;

-- versions/d0040_table_40.mig:17
DROP TABLE t40;

UPDATE alembic_version SET version_num='d0039' WHERE alembic_version.version_num = 'd0040';

-- Running downgrade d0039 -> d0038, table 39

-- versions/d0039_table_39.mig:15
ALTER TABLE t39 DROP CONSTRAINT fk_t39_prev;

-- versions/d0039_table_39.mig:16
DROP INDEX ix_t39_prev;

-- versions/d0039_table_39.mig:17
DROP TABLE t39;

UPDATE alembic_version SET version_num='d0038' WHERE alembic_version.version_num = 'd0039';

-- Running downgrade d0038 -> d0037, table 38

-- versions/d0038_table_38.mig:15
ALTER TABLE t38 DROP CONSTRAINT fk_t38_prev;

-- versions/d0038_table_38.mig:16
DROP INDEX ix_t38_prev;

-- versions/d0038_table_38.mig:17
DROP TABLE t38;

UPDATE alembic_version SET version_num='d0037' WHERE alembic_version.version_num = 'd0038';

-- Running downgrade d0037 -> d0036, table 37

-- versions/d0037_table_37.mig:15
ALTER TABLE t37 DROP CONSTRAINT fk_t37_prev;

-- versions/d0037_table_37.mig:16
DROP INDEX ix_t37_prev;

-- versions/d0037_table_37.mig:17
DROP TABLE t37;

UPDATE alembic_version SET version_num='d0036' WHERE alembic_version.version_num = 'd0037';

-- Running downgrade d0036 -> d0035, table 36

-- versions/d0036_table_36.mig:15
ALTER TABLE t36 DROP CONSTRAINT fk_t36_prev;

-- versions/d0036_table_36.mig:16
DROP INDEX ix_t36_prev;

-- versions/d0036_table_36.mig:17
DROP TABLE t36;

UPDATE alembic_version SET version_num='d0035' WHERE alembic_version.version_num = 'd0036';

-- Running downgrade d0035 -> d0034, table 35

-- versions/d0035_table_35.mig:15
ALTER TABLE t35 DROP CONSTRAINT fk_t35_prev;

-- versions/d0035_table_35.mig:16
DROP INDEX ix_t35_prev;

-- versions/d0035_table_35.mig:17
DROP TABLE t35;

UPDATE alembic_version SET version_num='d0034' WHERE alembic_version.version_num = 'd0035';

-- Running downgrade d0034 -> d0033, table 34

-- versions/d0034_table_34.mig:15
ALTER TABLE t34 DROP CONSTRAINT fk_t34_prev;

-- versions/d0034_table_34.mig:16
DROP INDEX ix_t34_prev;

-- versions/d0034_table_34.mig:17
DROP TABLE t34;

UPDATE alembic_version SET version_num='d0033' WHERE alembic_version.version_num = 'd0034';

-- Running downgrade d0033 -> d0032, table 33

-- versions/d0033_table_33.mig:15
ALTER TABLE t33 DROP CONSTRAINT fk_t33_prev;

-- versions/d0033_table_33.mig:16
DROP INDEX ix_t33_prev;

-- versions/d0033_table_33.mig:17
DROP TABLE t33;

UPDATE alembic_version SET version_num='d0032' WHERE alembic_version.version_num = 'd0033';

-- Running downgrade d0032 -> d0031, table 32

-- versions/d0032_table_32.mig:15
ALTER TABLE t32 DROP CONSTRAINT fk_t32_prev;

-- versions/d0032_table_32.mig:16
DROP INDEX ix_t32_prev;

-- versions/d0032_table_32.mig:17
DROP TABLE t32;

UPDATE alembic_version SET version_num='d0031' WHERE alembic_version.version_num = 'd0032';

-- Running downgrade d0031 -> d0030, table 31

-- versions/d0031_table_31.mig:15
ALTER TABLE t31 DROP CONSTRAINT fk_t31_prev;

-- versions/d0031_table_31.mig:16
DROP INDEX ix_t31_prev;

-- versions/d0031_table_31.mig:17
DROP TABLE t31;

UPDATE alembic_version SET version_num='d0030' WHERE alembic_version.version_num = 'd0031';

-- Running downgrade d0030 -> d0029, table 30

-- versions/d0030_table_30.mig:15
ALTER TABLE t30 DROP CONSTRAINT fk_t30_prev;

-- versions/d0030_table_30.mig:16
DROP INDEX ix_t30_prev;

-- versions/d0030_table_30.mig:17
DROP TABLE t30;

UPDATE alembic_version SET version_num='d0029' WHERE alembic_version.version_num = 'd0030';

-- Running downgrade d0029 -> d0028, table 29

-- versions/d0029_table_29.mig:15
ALTER TABLE t29 DROP CONSTRAINT fk_t29_prev;

-- versions/d0029_table_29.mig:16
DROP INDEX ix_t29_prev;

-- versions/d0029_table_29.mig:17
DROP TABLE t29;

UPDATE alembic_version SET version_num='d0028' WHERE alembic_version.version_num = 'd0029';

-- Running downgrade d0028 -> d0027, table 28

-- versions/d0028_table_28.mig:15
ALTER TABLE t28 DROP CONSTRAINT fk_t28_prev;

-- versions/d0028_table_28.mig:16
DROP INDEX ix_t28_prev;

-- versions/d0028_table_28.mig:17
DROP TABLE t28;

UPDATE alembic_version SET version_num='d0027' WHERE alembic_version.version_num = 'd0028';

-- Running downgrade d0027 -> d0026, table 27

-- versions/d0027_table_27.mig:15
ALTER TABLE t27 DROP CONSTRAINT fk_t27_prev;

-- versions/d0027_table_27.mig:16
DROP INDEX ix_t27_prev;

-- versions/d0027_table_27.mig:17
DROP TABLE t27;

UPDATE alembic_version SET version_num='d0026' WHERE alembic_version.version_num = 'd0027';

-- Running downgrade d0026 -> d0025, table 26

-- versions/d0026_table_26.mig:15
ALTER TABLE t26 DROP CONSTRAINT fk_t26_prev;

-- versions/d0026_table_26.mig:16
DROP INDEX ix_t26_prev;

-- versions/d0026_table_26.mig:17
DROP TABLE t26;

UPDATE alembic_version SET version_num='d0025' WHERE alembic_version.version_num = 'd0026';

-- Running downgrade d0025 -> d0024, table 25

-- versions/d0025_table_25.mig:15
ALTER TABLE t25 DROP CONSTRAINT fk_t25_prev;

-- versions/d0025_table_25.mig:16
DROP INDEX ix_t25_prev;

-- versions/d0025_table_25.mig:17
DROP TABLE t25;

UPDATE alembic_version SET version_num='d0024' WHERE alembic_version.version_num = 'd0025';

-- Running downgrade d0024 -> d0023, table 24

-- versions/d0024_table_24.mig:15
ALTER TABLE t24 DROP CONSTRAINT fk_t24_prev;

-- versions/d0024_table_24.mig:16
DROP INDEX ix_t24_prev;

-- versions/d0024_table_24.mig:17
DROP TABLE t24;

UPDATE alembic_version SET version_num='d0023' WHERE alembic_version.version_num = 'd0024';

-- Running downgrade d0023 -> d0022, table 23

-- versions/d0023_table_23.mig:15
ALTER TABLE t23 DROP CONSTRAINT fk_t23_prev;

-- versions/d0023_table_23.mig:16
DROP INDEX ix_t23_prev;

-- versions/d0023_table_23.mig:17
DROP TABLE t23;

UPDATE alembic_version SET version_num='d0022' WHERE alembic_version.version_num = 'd0023';

-- Running downgrade d0022 -> d0021, table 22

-- versions/d0022_table_22.mig:15
ALTER TABLE t22 DROP CONSTRAINT fk_t22_prev;

-- versions/d0022_table_22.mig:16
DROP INDEX ix_t22_prev;

-- versions/d0022_table_22.mig:17
DROP TABLE t22;

UPDATE alembic_version SET version_num='d0021' WHERE alembic_version.version_num = 'd0022';

-- Running downgrade d0021 -> d0020, table 21

-- versions/d0021_table_21.mig:15
ALTER TABLE t21 DROP CONSTRAINT fk_t21_prev;

-- versions/d0021_table_21.mig:16
DROP INDEX ix_t21_prev;

-- versions/d0021_table_21.mig:17
DROP TABLE t21;

UPDATE alembic_version SET version_num='d0020' WHERE alembic_version.version_num = 'd0021';

-- Running downgrade d0020 -> d0019, table 20

-- versions/d0020_table_20.mig:15
ALTER TABLE t20 DROP CONSTRAINT fk_t20_prev;

-- versions/d0020_table_20.mig:16
DROP INDEX ix_t20_prev;

-- versions/d0020_table_20.mig:17
DROP TABLE t20;

UPDATE alembic_version SET version_num='d0019' WHERE alembic_version.version_num = 'd0020';

-- Running downgrade d0019 -> d0018, table 19

-- versions/d0019_table_19.mig:15
ALTER TABLE t19 DROP CONSTRAINT fk_t19_prev;

-- versions/d0019_table_19.mig:16
DROP INDEX ix_t19_prev;

-- versions/d0019_table_19.mig:17
DROP TABLE t19;

UPDATE alembic_version SET version_num='d0018' WHERE alembic_version.version_num = 'd0019';

-- Running downgrade d0018 -> d0017, table 18

-- versions/d0018_table_18.mig:15
ALTER TABLE t18 DROP CONSTRAINT fk_t18_prev;

-- versions/d0018_table_18.mig:16
DROP INDEX ix_t18_prev;

-- versions/d0018_table_18.mig:17
DROP TABLE t18;

UPDATE alembic_version SET version_num='d0017' WHERE alembic_version.version_num = 'd0018';

-- Running downgrade d0017 -> d0016, table 17

-- versions/d0017_table_17.mig:15
ALTER TABLE t17 DROP CONSTRAINT fk_t17_prev;

-- versions/d0017_table_17.mig:16
DROP INDEX ix_t17_prev;

-- versions/d0017_table_17.mig:17
DROP TABLE t17;

UPDATE alembic_version SET version_num='d0016' WHERE alembic_version.version_num = 'd0017';

-- Running downgrade d0016 -> d0015, table 16

-- versions/d0016_table_16.mig:15
ALTER TABLE t16 DROP CONSTRAINT fk_t16_prev;

-- versions/d0016_table_16.mig:16
DROP INDEX ix_t16_prev;

-- versions/d0016_table_16.mig:17
DROP TABLE t16;

UPDATE alembic_version SET version_num='d0015' WHERE alembic_version.version_num = 'd0016';

-- Running downgrade d0015 -> d0014, table 15

-- versions/d0015_table_15.mig:15
ALTER TABLE t15 DROP CONSTRAINT fk_t15_prev;

-- versions/d0015_table_15.mig:16
DROP INDEX ix_t15_prev;

-- versions/d0015_table_15.mig:17
DROP TABLE t15;

UPDATE alembic_version SET version_num='d0014' WHERE alembic_version.version_num = 'd0015';

-- Running downgrade d0014 -> d0013, table 14

-- versions/d0014_table_14.mig:15
ALTER TABLE t14 DROP CONSTRAINT fk_t14_prev;

-- versions/d0014_table_14.mig:16
DROP INDEX ix_t14_prev;

-- versions/d0014_table_14.mig:17
DROP TABLE t14;

UPDATE alembic_version SET version_num='d0013' WHERE alembic_version.version_num = 'd0014';

-- Running downgrade d0013 -> d0012, table 13

-- versions/d0013_table_13.mig:15
ALTER TABLE t13 DROP CONSTRAINT fk_t13_prev;

-- versions/d0013_table_13.mig:16
DROP INDEX ix_t13_prev;

-- versions/d0013_table_13.mig:17
DROP TABLE t13;

UPDATE alembic_version SET version_num='d0012' WHERE alembic_version.version_num = 'd0013';

-- Running downgrade d0012 -> d0011, table 12

-- versions/d0012_table_12.mig:15
ALTER TABLE t12 DROP CONSTRAINT fk_t12_prev;

-- versions/d0012_table_12.mig:16
DROP INDEX ix_t12_prev;

-- versions/d0012_table_12.mig:17
DROP TABLE t12;

UPDATE alembic_version SET version_num='d0011' WHERE alembic_version.version_num = 'd0012';

-- Running downgrade d0011 -> d0010, table 11

-- versions/d0011_table_11.mig:15
ALTER TABLE t11 DROP CONSTRAINT fk_t11_prev;

-- versions/d0011_table_11.mig:16
DROP INDEX ix_t11_prev;

-- versions/d0011_table_11.mig:17
DROP TABLE t11;

UPDATE alembic_version SET version_num='d0010' WHERE alembic_version.version_num = 'd0011';

-- Running downgrade d0010 -> d0009, table 10

-- versions/d0010_table_10.mig:15
ALTER TABLE t10 DROP CONSTRAINT fk_t10_prev;

-- versions/d0010_table_10.mig:16
DROP INDEX ix_t10_prev;

-- versions/d0010_table_10.mig:17
DROP TABLE t10;

UPDATE alembic_version SET version_num='d0009' WHERE alembic_version.version_num = 'd0010';

-- Running downgrade d0009 -> d0008, table 9

-- versions/d0009_table_9.mig:15
ALTER TABLE t9 DROP CONSTRAINT fk_t9_prev;

-- versions/d0009_table_9.mig:16
DROP INDEX ix_t9_prev;

-- versions/d0009_table_9.mig:17
DROP TABLE t9;

UPDATE alembic_version SET version_num='d0008' WHERE alembic_version.version_num = 'd0009';

-- Running downgrade d0008 -> d0007, table 8

-- versions/d0008_table_8.mig:15
ALTER TABLE t8 DROP CONSTRAINT fk_t8_prev;

-- versions/d0008_table_8.mig:16
DROP INDEX ix_t8_prev;

-- versions/d0008_table_8.mig:17
DROP TABLE t8;

UPDATE alembic_version SET version_num='d0007' WHERE alembic_version.version_num = 'd0008';

-- Running downgrade d0007 -> d0006, table 7

-- versions/d0007_table_7.mig:15
ALTER TABLE t7 DROP CONSTRAINT fk_t7_prev;

-- versions/d0007_table_7.mig:16
DROP INDEX ix_t7_prev;

-- versions/d0007_table_7.mig:17
DROP TABLE t7;

UPDATE alembic_version SET version_num='d0006' WHERE alembic_version.version_num = 'd0007';

-- Running downgrade d0006 -> d0005, table 6

-- versions/d0006_table_6.mig:15
ALTER TABLE t6 DROP CONSTRAINT fk_t6_prev;

-- versions/d0006_table_6.mig:16
DROP INDEX ix_t6_prev;

-- versions/d0006_table_6.mig:17
DROP TABLE t6;

UPDATE alembic_version SET version_num='d0005' WHERE alembic_version.version_num = 'd0006';

-- Running downgrade d0005 -> d0004, table 5

-- versions/d0005_table_5.mig:15
ALTER TABLE t5 DROP CONSTRAINT fk_t5_prev;

-- versions/d0005_table_5.mig:16
DROP INDEX ix_t5_prev;

-- versions/d0005_table_5.mig:17
DROP TABLE t5;

UPDATE alembic_version SET version_num='d0004' WHERE alembic_version.version_num = 'd0005';

-- Running downgrade d0004 -> d0003, table 4

-- versions/d0004_table_4.mig:15
ALTER TABLE t4 DROP CONSTRAINT fk_t4_prev;

-- versions/d0004_table_4.mig:16
DROP INDEX ix_t4_prev;

-- versions/d0004_table_4.mig:17
DROP TABLE t4;

UPDATE alembic_version SET version_num='d0003' WHERE alembic_version.version_num = 'd0004';

-- Running downgrade d0003 -> d0002, table 3

-- versions/d0003_table_3.mig:15
ALTER TABLE t3 DROP CONSTRAINT fk_t3_prev;

-- versions/d0003_table_3.mig:16
DROP INDEX ix_t3_prev;

-- versions/d0003_table_3.mig:17
DROP TABLE t3;

UPDATE alembic_version SET version_num='d0002' WHERE alembic_version.version_num = 'd0003';

-- Running downgrade d0002 -> d0001, table 2

-- versions/d0002_table_2.mig:15
ALTER TABLE t2 DROP CONSTRAINT fk_t2_prev;

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


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade a8d0000a0003 -> a8d0000a0002, audit schema

UPDATE alembic_version SET version_num='a8d0000a0002' WHERE alembic_version.version_num = 'a8d0000a0003';

-- Running downgrade a8d0000a0002 -> a8d0000a0001, alter quoted

-- versions/a8d0000a0002_alter_quoted.mig:20
ALTER TABLE `User Accounts` RENAME TO user;

-- versions/a8d0000a0002_alter_quoted.mig:21
ALTER TABLE user COMMENT = '';

-- versions/a8d0000a0002_alter_quoted.mig:22
ALTER TABLE user DROP CONSTRAINT `CK user type`;

-- versions/a8d0000a0002_alter_quoted.mig:23
ALTER TABLE `order` DROP FOREIGN KEY `fk order group`;

ALTER TABLE `order` DROP INDEX `fk order group`;

-- versions/a8d0000a0002_alter_quoted.mig:24
ALTER TABLE user DROP INDEX UQ_user_select;

-- versions/a8d0000a0002_alter_quoted.mig:25
ALTER TABLE user MODIFY `select` TEXT NULL;

-- versions/a8d0000a0002_alter_quoted.mig:26
ALTER TABLE `order` RENAME COLUMN `camel case` TO CamelCase;

-- versions/a8d0000a0002_alter_quoted.mig:27
ALTER TABLE `order` DROP COLUMN `Group`;

UPDATE alembic_version SET version_num='a8d0000a0001' WHERE alembic_version.version_num = 'a8d0000a0002';

-- Running downgrade a8d0000a0001 -> <base>, reserved and mixed case

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:87
DROP INDEX ix_order_lower ON `order`;

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:88
DROP INDEX IX_Order_CamelCase ON `order`;

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:89
DROP TABLE `order`;

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:94
DROP TABLE user;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a8d0000a0001';


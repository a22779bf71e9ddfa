-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a8d0000a0001, reserved and mixed case

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:9
CREATE TABLE user (
    id INTEGER NOT NULL,
    `select` TEXT,
    `check` BOOL DEFAULT true NOT NULL,
    type VARCHAR(10),
    comment TEXT,
    `key` INTEGER,
    date DATE,
    `default` TEXT,
    time TIME,
    `values` INTEGER,
    PRIMARY KEY (id)
);

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:60
CREATE TABLE `order` (
    id INTEGER NOT NULL,
    user INTEGER NOT NULL,
    userId INTEGER,
    CamelCase VARCHAR(100) COMMENT 'mixed case, unquoted in the DSL',
    `say "hi"` VARCHAR(100) COMMENT 'embedded double quotes',
    `order line` VARCHAR(100),
    price$usd NUMERIC(10, 2),
    `1st` BOOL,
    `from` INTEGER,
    status ENUM('New', 'Done') DEFAULT 'New',
    FOREIGN KEY (user) REFERENCES user (id) ON DELETE CASCADE,
    CONSTRAINT Order_PK PRIMARY KEY (id),
    CONSTRAINT `uq order user` UNIQUE (user, userId),
    CONSTRAINT ck_order_from CHECK (`from` > 0),
    CONSTRAINT FK_self FOREIGN KEY (userId) REFERENCES user (id)
) COMMENT 'a table called order';

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:77
CREATE INDEX IX_Order_CamelCase ON `order` (CamelCase DESC, `say "hi"`);

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:82
CREATE INDEX ix_order_lower ON `order` (`order line`);

INSERT INTO alembic_version (version_num) VALUES ('a8d0000a0001');

-- Running upgrade a8d0000a0001 -> a8d0000a0002, alter quoted

-- versions/a8d0000a0002_alter_quoted.mig:8
ALTER TABLE `order` ADD COLUMN `group` INTEGER DEFAULT 0;

-- versions/a8d0000a0002_alter_quoted.mig:9
ALTER TABLE `order` CHANGE `group` `Group` INTEGER NOT NULL DEFAULT 0 COMMENT 'a reserved word';

-- versions/a8d0000a0002_alter_quoted.mig:10
ALTER TABLE `order` RENAME COLUMN CamelCase TO `camel case`;

-- versions/a8d0000a0002_alter_quoted.mig:11
ALTER TABLE user MODIFY `select` VARCHAR(100) NULL;

-- versions/a8d0000a0002_alter_quoted.mig:12
ALTER TABLE user ADD CONSTRAINT UQ_user_select UNIQUE (`select`);

-- versions/a8d0000a0002_alter_quoted.mig:13
ALTER TABLE `order` ADD CONSTRAINT `fk order group` FOREIGN KEY (`Group`) REFERENCES user (id);

-- versions/a8d0000a0002_alter_quoted.mig:14
ALTER TABLE user ADD CONSTRAINT `CK user type` CHECK (type <> 'x');

-- versions/a8d0000a0002_alter_quoted.mig:15
ALTER TABLE user COMMENT = 'table "user"';

-- versions/a8d0000a0002_alter_quoted.mig:16
ALTER TABLE user RENAME TO `User Accounts`;

UPDATE alembic_version SET version_num='a8d0000a0002' WHERE alembic_version.version_num = 'a8d0000a0001';

-- Running upgrade a8d0000a0002 -> a8d0000a0003, audit schema

UPDATE alembic_version SET version_num='a8d0000a0003' WHERE alembic_version.version_num = 'a8d0000a0002';


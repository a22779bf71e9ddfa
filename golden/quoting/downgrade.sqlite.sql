PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade a8d0000a0003 -> a8d0000a0002, audit schema

UPDATE alembic_version SET version_num='a8d0000a0002' WHERE alembic_version.version_num = 'a8d0000a0003';

-- Running downgrade a8d0000a0002 -> a8d0000a0001, alter quoted

-- versions/a8d0000a0002_alter_quoted.mig:20
ALTER TABLE "User Accounts" RENAME TO user;

-- versions/a8d0000a0002_alter_quoted.mig:21
-- sqlite keeps no comments: table user has no comment now

-- versions/a8d0000a0002_alter_quoted.mig:22
CREATE TABLE _retort_tmp_user (
    id INTEGER NOT NULL,
    "select" VARCHAR(100),
    "check" BOOLEAN DEFAULT true NOT NULL,
    type VARCHAR(10),
    comment TEXT,
    "key" INTEGER,
    date DATE,
    "default" TEXT,
    time TIME,
    "values" INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT UQ_user_select UNIQUE ("select")
);

INSERT INTO _retort_tmp_user (id, "select", "check", type, comment, "key", date, "default", time, "values") SELECT id, "select", "check", type, comment, "key", date, "default", time, "values" FROM user;

DROP TABLE user;

ALTER TABLE _retort_tmp_user RENAME TO user;

PRAGMA foreign_key_check(user);

-- versions/a8d0000a0002_alter_quoted.mig:23
CREATE TABLE _retort_tmp_order (
    id INTEGER NOT NULL,
    user INTEGER NOT NULL,
    userId INTEGER,
    "camel case" TEXT,
    "say ""hi""" TEXT,
    "order line" TEXT,
    price$usd NUMERIC(10, 2),
    "1st" BOOLEAN,
    "from" INTEGER,
    status VARCHAR(4) DEFAULT 'New',
    "Group" INTEGER DEFAULT 0 NOT NULL,
    CHECK (status IN ('New', 'Done')),
    CONSTRAINT Order_PK PRIMARY KEY (id),
    CONSTRAINT "uq order user" UNIQUE (user, userId),
    CONSTRAINT ck_order_from CHECK ("from" > 0),
    FOREIGN KEY (user) REFERENCES user (id) ON DELETE CASCADE,
    CONSTRAINT FK_self FOREIGN KEY (userId) REFERENCES user (id)
);

INSERT INTO _retort_tmp_order (id, user, userId, "camel case", "say ""hi""", "order line", price$usd, "1st", "from", status, "Group") SELECT id, user, userId, "camel case", "say ""hi""", "order line", price$usd, "1st", "from", status, "Group" FROM "order";

DROP TABLE "order";

ALTER TABLE _retort_tmp_order RENAME TO "order";

CREATE INDEX IX_Order_CamelCase ON "order" ("camel case" DESC, "say ""hi""");

CREATE INDEX ix_order_lower ON "order" (lower("order line")) WHERE "1st";

PRAGMA foreign_key_check("order");

-- versions/a8d0000a0002_alter_quoted.mig:24
CREATE TABLE _retort_tmp_user (
    id INTEGER NOT NULL,
    "select" VARCHAR(100),
    "check" BOOLEAN DEFAULT true NOT NULL,
    type VARCHAR(10),
    comment TEXT,
    "key" INTEGER,
    date DATE,
    "default" TEXT,
    time TIME,
    "values" INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_user (id, "select", "check", type, comment, "key", date, "default", time, "values") SELECT id, "select", "check", type, comment, "key", date, "default", time, "values" FROM user;

DROP TABLE user;

ALTER TABLE _retort_tmp_user RENAME TO user;

PRAGMA foreign_key_check(user);

-- versions/a8d0000a0002_alter_quoted.mig:25
CREATE TABLE _retort_tmp_user (
    id INTEGER NOT NULL,
    "select" TEXT,
    "check" BOOLEAN DEFAULT true NOT NULL,
    type VARCHAR(10),
    comment TEXT,
    "key" INTEGER,
    date DATE,
    "default" TEXT,
    time TIME,
    "values" INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_user (id, "select", "check", type, comment, "key", date, "default", time, "values") SELECT id, "select", "check", type, comment, "key", date, "default", time, "values" FROM user;

DROP TABLE user;

ALTER TABLE _retort_tmp_user RENAME TO user;

PRAGMA foreign_key_check(user);

-- versions/a8d0000a0002_alter_quoted.mig:26
ALTER TABLE "order" RENAME "camel case" TO CamelCase;

-- versions/a8d0000a0002_alter_quoted.mig:27
ALTER TABLE "order" DROP COLUMN "Group";

UPDATE alembic_version SET version_num='a8d0000a0001' WHERE alembic_version.version_num = 'a8d0000a0002';

-- Running downgrade a8d0000a0001 -> <base>, reserved and mixed case

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:87
DROP INDEX ix_order_lower;

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:88
DROP INDEX IX_Order_CamelCase;

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:89
DROP TABLE "order";

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:94
DROP TABLE user;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a8d0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


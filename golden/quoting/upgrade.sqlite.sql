PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a8d0000a0001, reserved and mixed case

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:9
CREATE TABLE user (
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

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:42
CREATE TABLE "order" (
    id INTEGER NOT NULL,
    user INTEGER NOT NULL,
    userId INTEGER,
    CamelCase TEXT,
    "say ""hi""" TEXT,
    "order line" TEXT,
    price$usd NUMERIC(10, 2),
    "1st" BOOLEAN,
    "from" INTEGER,
    status VARCHAR(4) DEFAULT 'New',
    FOREIGN KEY (user) REFERENCES user (id) ON DELETE CASCADE,
    CHECK (status IN ('New', 'Done')),
    CONSTRAINT Order_PK PRIMARY KEY (id),
    CONSTRAINT "uq order user" UNIQUE (user, userId),
    CONSTRAINT ck_order_from CHECK ("from" > 0),
    CONSTRAINT FK_self FOREIGN KEY (userId) REFERENCES user
);

-- sqlite keeps no comments: table order: a table called order

-- sqlite keeps no comments: column order.CamelCase: mixed case, unquoted in the DSL

-- sqlite keeps no comments: column order.say "hi": embedded double quotes

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:77
CREATE INDEX IX_Order_CamelCase ON "order" (CamelCase DESC, "say ""hi""");

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:79
CREATE INDEX ix_order_lower ON "order" (lower("order line")) WHERE "1st";

INSERT INTO alembic_version (version_num) VALUES ('a8d0000a0001');

-- Running upgrade a8d0000a0001 -> a8d0000a0002, alter quoted

-- versions/a8d0000a0002_alter_quoted.mig:8
ALTER TABLE "order" ADD COLUMN "group" INTEGER DEFAULT 0;

-- versions/a8d0000a0002_alter_quoted.mig:9
CREATE TABLE _retort_tmp_order (
    id INTEGER NOT NULL,
    user INTEGER NOT NULL,
    userId INTEGER,
    CamelCase TEXT,
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

INSERT INTO _retort_tmp_order (id, user, userId, CamelCase, "say ""hi""", "order line", price$usd, "1st", "from", status, "Group") SELECT id, user, userId, CamelCase, "say ""hi""", "order line", price$usd, "1st", "from", status, "group" FROM "order";

DROP TABLE "order";

ALTER TABLE _retort_tmp_order RENAME TO "order";

CREATE INDEX IX_Order_CamelCase ON "order" (CamelCase DESC, "say ""hi""");

CREATE INDEX ix_order_lower ON "order" (lower("order line")) WHERE "1st";

PRAGMA foreign_key_check("order");

-- sqlite keeps no comments: column order.Group: a reserved word

-- versions/a8d0000a0002_alter_quoted.mig:10
ALTER TABLE "order" RENAME CamelCase TO "camel case";

-- versions/a8d0000a0002_alter_quoted.mig:11
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

-- versions/a8d0000a0002_alter_quoted.mig:12
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

-- versions/a8d0000a0002_alter_quoted.mig:13
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
    CONSTRAINT FK_self FOREIGN KEY (userId) REFERENCES user (id),
    CONSTRAINT "fk order group" FOREIGN KEY ("Group") REFERENCES user (id)
);

INSERT INTO _retort_tmp_order (id, user, userId, "camel case", "say ""hi""", "order line", price$usd, "1st", "from", status, "Group") SELECT id, user, userId, "camel case", "say ""hi""", "order line", price$usd, "1st", "from", status, "Group" FROM "order";

DROP TABLE "order";

ALTER TABLE _retort_tmp_order RENAME TO "order";

CREATE INDEX IX_Order_CamelCase ON "order" ("camel case" DESC, "say ""hi""");

CREATE INDEX ix_order_lower ON "order" (lower("order line")) WHERE "1st";

PRAGMA foreign_key_check("order");

-- versions/a8d0000a0002_alter_quoted.mig:14
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
    CONSTRAINT UQ_user_select UNIQUE ("select"),
    CONSTRAINT "CK user type" CHECK (type <> 'x')
);

INSERT INTO _retort_tmp_user (id, "select", "check", type, comment, "key", date, "default", time, "values") SELECT id, "select", "check", type, comment, "key", date, "default", time, "values" FROM user;

DROP TABLE user;

ALTER TABLE _retort_tmp_user RENAME TO user;

PRAGMA foreign_key_check(user);

-- versions/a8d0000a0002_alter_quoted.mig:15
-- sqlite keeps no comments: table user: table "user"

-- versions/a8d0000a0002_alter_quoted.mig:16
ALTER TABLE user RENAME TO "User Accounts";

UPDATE alembic_version SET version_num='a8d0000a0002' WHERE alembic_version.version_num = 'a8d0000a0001';

-- Running upgrade a8d0000a0002 -> a8d0000a0003, audit schema

UPDATE alembic_version SET version_num='a8d0000a0003' WHERE alembic_version.version_num = 'a8d0000a0002';

COMMIT;

PRAGMA foreign_keys = ON;


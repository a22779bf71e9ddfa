SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a8d0000a0001, reserved and mixed case

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:9
CREATE TABLE "user" (
    id INTEGER NOT NULL,
    "select" TEXT,
    "check" BOOLEAN DEFAULT true NOT NULL,
    type VARCHAR(10),
    comment TEXT,
    key INTEGER,
    date DATE,
    "default" TEXT,
    time TIME WITHOUT TIME ZONE,
    values INTEGER,
    PRIMARY KEY (id)
);

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:21
CREATE TYPE "Status" AS ENUM ('New', 'Done');

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:23
CREATE SEQUENCE "Order_Seq" START WITH 10;

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:24
CREATE TABLE "order" (
    id INTEGER DEFAULT nextval('"Order_Seq"') NOT NULL,
    "user" INTEGER NOT NULL,
    "userId" INTEGER,
    "CamelCase" TEXT,
    "say ""hi""" TEXT,
    "order line" TEXT,
    price$usd NUMERIC(10, 2),
    "1st" BOOLEAN,
    "from" INTEGER,
    status "Status" DEFAULT 'New',
    FOREIGN KEY ("user") REFERENCES "user" (id) ON DELETE CASCADE,
    CONSTRAINT "Order_PK" PRIMARY KEY (id),
    CONSTRAINT "uq order user" UNIQUE ("user", "userId"),
    CONSTRAINT ck_order_from CHECK ("from" > 0),
    CONSTRAINT "FK_self" FOREIGN KEY ("userId") REFERENCES "user"
);

COMMENT ON TABLE "order" IS 'a table called order';

COMMENT ON COLUMN "order"."CamelCase" IS 'mixed case, unquoted in the DSL';

COMMENT ON COLUMN "order"."say ""hi""" IS 'embedded double quotes';

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:77
CREATE INDEX "IX_Order_CamelCase" ON "order" ("CamelCase" DESC, "say ""hi""");

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:79
CREATE INDEX ix_order_lower ON "order" (lower("order line")) WHERE "1st";

INSERT INTO alembic_version (version_num) VALUES ('a8d0000a0001');

-- Running upgrade a8d0000a0001 -> a8d0000a0002, alter quoted

-- versions/a8d0000a0002_alter_quoted.mig:8
ALTER TABLE "order" ADD COLUMN "group" INTEGER DEFAULT 0;

-- versions/a8d0000a0002_alter_quoted.mig:9
ALTER TABLE "order" ALTER COLUMN "group" SET NOT NULL;

COMMENT ON COLUMN "order"."group" IS 'a reserved word';

ALTER TABLE "order" RENAME "group" TO "Group";

-- versions/a8d0000a0002_alter_quoted.mig:10
ALTER TABLE "order" RENAME "CamelCase" TO "camel case";

-- versions/a8d0000a0002_alter_quoted.mig:11
ALTER TABLE "user" ALTER COLUMN "select" TYPE VARCHAR(100);

-- versions/a8d0000a0002_alter_quoted.mig:12
ALTER TABLE "user" ADD CONSTRAINT "UQ_user_select" UNIQUE ("select");

-- versions/a8d0000a0002_alter_quoted.mig:13
ALTER TABLE "order" ADD CONSTRAINT "fk order group" FOREIGN KEY ("Group") REFERENCES "user" (id);

-- versions/a8d0000a0002_alter_quoted.mig:14
ALTER TABLE "user" ADD CONSTRAINT "CK user type" CHECK (type <> 'x');

-- versions/a8d0000a0002_alter_quoted.mig:15
COMMENT ON TABLE "user" IS 'table "user"';

-- versions/a8d0000a0002_alter_quoted.mig:16
ALTER TABLE "user" RENAME TO "User Accounts";

UPDATE alembic_version SET version_num='a8d0000a0002' WHERE alembic_version.version_num = 'a8d0000a0001';

-- Running upgrade a8d0000a0002 -> a8d0000a0003, audit schema

-- versions/a8d0000a0003_audit_schema.mig:10
CREATE SCHEMA audit;

-- versions/a8d0000a0003_audit_schema.mig:11
CREATE SCHEMA "Audit Log";

-- versions/a8d0000a0003_audit_schema.mig:12
CREATE TYPE audit.level AS ENUM ('info', 'warn', 'error');

-- versions/a8d0000a0003_audit_schema.mig:13
CREATE SEQUENCE audit.event_seq INCREMENT BY 10 START WITH 100;

-- versions/a8d0000a0003_audit_schema.mig:14
CREATE TABLE audit.actor (
    id SERIAL NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (id)
);

-- versions/a8d0000a0003_audit_schema.mig:18
CREATE TABLE audit.event (
    id BIGINT DEFAULT nextval('audit.event_seq') NOT NULL,
    actor_id INTEGER,
    level audit.level DEFAULT 'info' NOT NULL,
    "user" TEXT,
    at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    FOREIGN KEY (actor_id) REFERENCES audit.actor (id) ON DELETE SET NULL,
    CONSTRAINT pk_event PRIMARY KEY (id)
);

COMMENT ON TABLE audit.event IS 'audit trail';

COMMENT ON COLUMN audit.event.at IS 'when it happened';

-- versions/a8d0000a0003_audit_schema.mig:26
CREATE INDEX ix_event_at ON audit.event (at DESC);

-- versions/a8d0000a0003_audit_schema.mig:27
ALTER TABLE audit.event ADD CONSTRAINT uq_event_user_at UNIQUE ("user", at);

-- versions/a8d0000a0003_audit_schema.mig:28
ALTER TABLE audit.event ADD CONSTRAINT fk_event_actor2 FOREIGN KEY (actor_id) REFERENCES audit.actor (id);

-- versions/a8d0000a0003_audit_schema.mig:29
ALTER TABLE audit.event ADD COLUMN detail JSONB;

-- versions/a8d0000a0003_audit_schema.mig:30
ALTER TABLE audit.event ALTER COLUMN detail SET DEFAULT ('{}'::jsonb);

COMMENT ON COLUMN audit.event.detail IS 'details';

-- versions/a8d0000a0003_audit_schema.mig:31
INSERT INTO audit.actor (id, name) VALUES (1, 'system');

-- versions/a8d0000a0003_audit_schema.mig:32
INSERT INTO audit.event (actor_id, "user", level) VALUES (1, 'root', 'warn');

-- versions/a8d0000a0003_audit_schema.mig:33
CREATE TABLE "Audit Log"."Entry" (
    id INTEGER NOT NULL,
    "Text" TEXT,
    PRIMARY KEY (id)
);

-- versions/a8d0000a0003_audit_schema.mig:37
CREATE INDEX "IX Entry Text" ON "Audit Log"."Entry" ("Text");

-- versions/a8d0000a0003_audit_schema.mig:38
COMMENT ON TABLE "Audit Log"."Entry" IS 'entries';

-- versions/a8d0000a0003_audit_schema.mig:39
ALTER TABLE "Audit Log"."Entry" RENAME TO "Entries";

UPDATE alembic_version SET version_num='a8d0000a0003' WHERE alembic_version.version_num = 'a8d0000a0002';

COMMIT;


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade a8d0000a0003 -> a8d0000a0002, audit schema

-- versions/a8d0000a0003_audit_schema.mig:45
DROP INDEX "Audit Log"."IX Entry Text";

-- versions/a8d0000a0003_audit_schema.mig:46
DROP TABLE "Audit Log"."Entries";

-- versions/a8d0000a0003_audit_schema.mig:47
DELETE FROM audit.event;

-- versions/a8d0000a0003_audit_schema.mig:48
DELETE FROM audit.actor;

-- versions/a8d0000a0003_audit_schema.mig:49
ALTER TABLE audit.event ALTER COLUMN detail DROP DEFAULT;

-- versions/a8d0000a0003_audit_schema.mig:50
ALTER TABLE audit.event DROP COLUMN detail;

-- versions/a8d0000a0003_audit_schema.mig:51
ALTER TABLE audit.event DROP CONSTRAINT fk_event_actor2;

-- versions/a8d0000a0003_audit_schema.mig:52
ALTER TABLE audit.event DROP CONSTRAINT uq_event_user_at;

-- versions/a8d0000a0003_audit_schema.mig:53
DROP INDEX audit.ix_event_at;

-- versions/a8d0000a0003_audit_schema.mig:54
DROP TABLE audit.event;

-- versions/a8d0000a0003_audit_schema.mig:55
DROP TABLE audit.actor;

-- versions/a8d0000a0003_audit_schema.mig:56
DROP SEQUENCE audit.event_seq;

-- versions/a8d0000a0003_audit_schema.mig:57
DROP TYPE audit.level;

-- versions/a8d0000a0003_audit_schema.mig:58
DROP SCHEMA "Audit Log";

-- versions/a8d0000a0003_audit_schema.mig:59
DROP SCHEMA audit;

UPDATE alembic_version SET version_num='a8d0000a0002' WHERE alembic_version.version_num = 'a8d0000a0003';

-- Running downgrade a8d0000a0002 -> a8d0000a0001, alter quoted

-- versions/a8d0000a0002_alter_quoted.mig:20
ALTER TABLE "User Accounts" RENAME TO "user";

-- versions/a8d0000a0002_alter_quoted.mig:21
COMMENT ON TABLE "user" IS NULL;

-- versions/a8d0000a0002_alter_quoted.mig:22
ALTER TABLE "user" DROP CONSTRAINT "CK user type";

-- versions/a8d0000a0002_alter_quoted.mig:23
ALTER TABLE "order" DROP CONSTRAINT "fk order group";

-- versions/a8d0000a0002_alter_quoted.mig:24
ALTER TABLE "user" DROP CONSTRAINT "UQ_user_select";

-- versions/a8d0000a0002_alter_quoted.mig:25
ALTER TABLE "user" ALTER COLUMN "select" TYPE TEXT;

-- versions/a8d0000a0002_alter_quoted.mig:26
ALTER TABLE "order" RENAME "camel case" TO "CamelCase";

-- versions/a8d0000a0002_alter_quoted.mig:27
ALTER TABLE "order" DROP COLUMN "Group";

UPDATE alembic_version SET version_num='a8d0000a0001' WHERE alembic_version.version_num = 'a8d0000a0002';

-- Running downgrade a8d0000a0001 -> <base>, reserved and mixed case

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:87
DROP INDEX ix_order_lower;

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:88
DROP INDEX "IX_Order_CamelCase";

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:89
DROP TABLE "order";

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:91
DROP SEQUENCE "Order_Seq";

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:93
DROP TYPE "Status";

-- versions/a8d0000a0001_reserved_and_mixed_case.mig:94
DROP TABLE "user";

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a8d0000a0001';

COMMIT;


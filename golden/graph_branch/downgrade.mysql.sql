-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade 2222bbbb0003 -> 2222bbbb0001, audit log

-- versions/2222bbbb0003_audit_log.mig:11
DROP TABLE audit_log;

DELETE FROM alembic_version WHERE alembic_version.version_num = '2222bbbb0003';

-- Running downgrade 2222bbbb0004 -> 2222bbbb0002, invoice total

-- versions/2222bbbb0004_invoice_total.mig:11
ALTER TABLE invoice DROP COLUMN total;

UPDATE alembic_version SET version_num='2222bbbb0002' WHERE alembic_version.version_num = '2222bbbb0004';

-- Running downgrade 2222bbbb0002 -> 2222bbbb0001, billing invoices

-- versions/2222bbbb0002_billing_invoices.mig:11
DROP TABLE invoice;

UPDATE alembic_version SET version_num='2222bbbb0001' WHERE alembic_version.version_num = '2222bbbb0002';

-- Running downgrade 2222bbbb0001 -> <base>, create account

-- versions/2222bbbb0001_create_account.mig:11
DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '2222bbbb0001';


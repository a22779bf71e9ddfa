-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 2222bbbb0001, create account

-- versions/2222bbbb0001_create_account.mig:7
CREATE TABLE account (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('2222bbbb0001');

-- Running upgrade 2222bbbb0001 -> 2222bbbb0002, billing invoices

-- versions/2222bbbb0002_billing_invoices.mig:7
CREATE TABLE invoice (
    id INTEGER NOT NULL,
    account_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (account_id) REFERENCES account (id)
);

UPDATE alembic_version SET version_num='2222bbbb0002' WHERE alembic_version.version_num = '2222bbbb0001';

-- Running upgrade 2222bbbb0002 -> 2222bbbb0004, invoice total

-- versions/2222bbbb0004_invoice_total.mig:7
ALTER TABLE invoice ADD COLUMN total NUMERIC(12, 2) DEFAULT 0 NOT NULL;

UPDATE alembic_version SET version_num='2222bbbb0004' WHERE alembic_version.version_num = '2222bbbb0002';

-- Running upgrade 2222bbbb0001 -> 2222bbbb0003, audit log

-- versions/2222bbbb0003_audit_log.mig:7
CREATE TABLE audit_log (
    id BIGINT AUTO_INCREMENT NOT NULL,
    note TEXT,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('2222bbbb0003');


-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> c0d0000a0001, audit schema

-- versions/c0d0000a0001_audit_schema.mig:10
CREATE SCHEMA audit;

-- versions/c0d0000a0001_audit_schema.mig:11
CREATE TABLE audit.log (
    id INTEGER NOT NULL,
    msg VARCHAR(200) NOT NULL,
    level ENUM('info', 'warn') DEFAULT 'info' NOT NULL,
    PRIMARY KEY (id)
);

-- versions/c0d0000a0001_audit_schema.mig:16
CREATE TABLE item (
    id INTEGER NOT NULL,
    log_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (log_id) REFERENCES audit.log (id)
);

-- versions/c0d0000a0001_audit_schema.mig:20
CREATE INDEX ix_log_msg ON audit.log (msg);

-- versions/c0d0000a0001_audit_schema.mig:21
CREATE INDEX ix_log_level ON audit.log (level);

-- versions/c0d0000a0001_audit_schema.mig:22
CREATE TABLE audit.scratch_old (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/c0d0000a0001_audit_schema.mig:23
ALTER TABLE audit.scratch_old RENAME TO audit.scratch;

-- versions/c0d0000a0001_audit_schema.mig:24
ALTER TABLE item ADD COLUMN scratch_id INTEGER;

-- versions/c0d0000a0001_audit_schema.mig:25
ALTER TABLE item ADD CONSTRAINT fk_item_scratch FOREIGN KEY (scratch_id) REFERENCES audit.scratch (id);

-- versions/c0d0000a0001_audit_schema.mig:26
CREATE VIEW audit.recent AS SELECT id, msg FROM audit.log;

INSERT INTO alembic_version (version_num) VALUES ('c0d0000a0001');


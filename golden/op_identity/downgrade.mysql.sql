-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade b7d0000a0002 -> b7d0000a0001, alter identity

-- versions/b7d0000a0002_alter_identity.mig:24
ALTER TABLE counter MODIFY n INTEGER NOT NULL;

-- versions/b7d0000a0002_alter_identity.mig:26
ALTER TABLE tally DROP COLUMN id;

-- versions/b7d0000a0002_alter_identity.mig:27
ALTER TABLE ledger MODIFY id BIGINT AUTO_INCREMENT NOT NULL;

ALTER TABLE ledger AUTO_INCREMENT=1000;

-- versions/b7d0000a0002_alter_identity.mig:28
ALTER TABLE ticket MODIFY id INTEGER AUTO_INCREMENT NOT NULL;

UPDATE alembic_version SET version_num='b7d0000a0001' WHERE alembic_version.version_num = 'b7d0000a0002';

-- Running downgrade b7d0000a0001 -> <base>, identity columns

-- versions/b7d0000a0001_identity_columns.mig:37
DROP TABLE tally;

-- versions/b7d0000a0001_identity_columns.mig:38
DROP TABLE counter;

-- versions/b7d0000a0001_identity_columns.mig:39
DROP TABLE ticket;

-- versions/b7d0000a0001_identity_columns.mig:40
DROP TABLE ledger;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b7d0000a0001';


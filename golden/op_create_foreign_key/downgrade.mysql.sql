-- mysql commits each DDL statement implicitly: this script runs without a transaction

SET NAMES utf8mb4;

SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), 'ANSI_QUOTES', '');

-- Running downgrade a4c0000a0002 -> a4c0000a0001, add foreign keys

-- versions/a4c0000a0002_add_foreign_keys.mig:39
ALTER TABLE shipment DROP FOREIGN KEY fk_shipment_warehouse;

ALTER TABLE shipment DROP INDEX fk_shipment_warehouse;

-- versions/a4c0000a0002_add_foreign_keys.mig:40
ALTER TABLE shipment DROP FOREIGN KEY fk_shipment_owner;

ALTER TABLE shipment DROP INDEX fk_shipment_owner;

-- versions/a4c0000a0002_add_foreign_keys.mig:41
ALTER TABLE shipment DROP FOREIGN KEY fk_shipment_agent;

ALTER TABLE shipment DROP INDEX fk_shipment_agent;

-- versions/a4c0000a0002_add_foreign_keys.mig:42
ALTER TABLE shipment DROP FOREIGN KEY fk_shipment_buyer;

ALTER TABLE shipment DROP INDEX fk_shipment_buyer;

-- versions/a4c0000a0002_add_foreign_keys.mig:43
ALTER TABLE shipment DROP FOREIGN KEY fk_shipment_sender;

ALTER TABLE shipment DROP INDEX fk_shipment_sender;

-- versions/a4c0000a0002_add_foreign_keys.mig:44
ALTER TABLE shipment DROP FOREIGN KEY fk_shipment_org;

ALTER TABLE shipment DROP INDEX fk_shipment_org;

UPDATE alembic_version SET version_num='a4c0000a0001' WHERE alembic_version.version_num = 'a4c0000a0002';

-- Running downgrade a4c0000a0001 -> <base>, create tables

-- versions/a4c0000a0001_create_tables.mig:28
DROP TABLE shipment;

-- versions/a4c0000a0001_create_tables.mig:29
DROP TABLE warehouse;

-- versions/a4c0000a0001_create_tables.mig:30
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a4c0000a0001';


SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade a4c0000a0002 -> a4c0000a0001, add foreign keys

-- versions/a4c0000a0002_add_foreign_keys.mig:39
ALTER TABLE shipment DROP CONSTRAINT fk_shipment_warehouse;

-- versions/a4c0000a0002_add_foreign_keys.mig:40
ALTER TABLE shipment DROP CONSTRAINT fk_shipment_owner;

-- versions/a4c0000a0002_add_foreign_keys.mig:41
ALTER TABLE shipment DROP CONSTRAINT fk_shipment_agent;

-- versions/a4c0000a0002_add_foreign_keys.mig:42
ALTER TABLE shipment DROP CONSTRAINT fk_shipment_buyer;

-- versions/a4c0000a0002_add_foreign_keys.mig:43
ALTER TABLE shipment DROP CONSTRAINT fk_shipment_sender;

-- versions/a4c0000a0002_add_foreign_keys.mig:44
ALTER TABLE shipment DROP CONSTRAINT fk_shipment_org;

UPDATE alembic_version SET version_num='a4c0000a0001' WHERE alembic_version.version_num = 'a4c0000a0002';

-- Running downgrade a4c0000a0001 -> <base>, create tables

-- versions/a4c0000a0001_create_tables.mig:28
DROP TABLE shipment;

-- versions/a4c0000a0001_create_tables.mig:29
DROP TABLE warehouse;

-- versions/a4c0000a0001_create_tables.mig:30
DROP TABLE org;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a4c0000a0001';

COMMIT;


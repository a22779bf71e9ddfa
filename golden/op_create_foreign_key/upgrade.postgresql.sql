SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a4c0000a0001, create tables

-- versions/a4c0000a0001_create_tables.mig:7
CREATE TABLE org (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/a4c0000a0001_create_tables.mig:10
CREATE TABLE warehouse (
    country CHAR(2) NOT NULL,
    code INTEGER NOT NULL,
    CONSTRAINT pk_warehouse PRIMARY KEY (country, code)
);

-- versions/a4c0000a0001_create_tables.mig:15
CREATE TABLE shipment (
    id INTEGER NOT NULL,
    org_id INTEGER DEFAULT 1,
    sender_id INTEGER,
    buyer_id INTEGER,
    agent_id INTEGER,
    owner_id INTEGER,
    wh_country CHAR(2),
    wh_code INTEGER,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('a4c0000a0001');

-- Running upgrade a4c0000a0001 -> a4c0000a0002, add foreign keys

-- versions/a4c0000a0002_add_foreign_keys.mig:8
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- versions/a4c0000a0002_add_foreign_keys.mig:11
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_sender FOREIGN KEY (sender_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED;

-- versions/a4c0000a0002_add_foreign_keys.mig:13
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_buyer FOREIGN KEY (buyer_id) REFERENCES org (id) ON DELETE RESTRICT ON UPDATE RESTRICT DEFERRABLE INITIALLY IMMEDIATE;

-- versions/a4c0000a0002_add_foreign_keys.mig:15
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_agent FOREIGN KEY (agent_id) REFERENCES org (id) ON DELETE SET NULL ON UPDATE SET NULL DEFERRABLE;

-- versions/a4c0000a0002_add_foreign_keys.mig:26
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_owner FOREIGN KEY (owner_id) REFERENCES org ON DELETE NO ACTION;

-- versions/a4c0000a0002_add_foreign_keys.mig:29
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_warehouse FOREIGN KEY (wh_country, wh_code) REFERENCES warehouse (country, code) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;

UPDATE alembic_version SET version_num='a4c0000a0002' WHERE alembic_version.version_num = 'a4c0000a0001';

COMMIT;


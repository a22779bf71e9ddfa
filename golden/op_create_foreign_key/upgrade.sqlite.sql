PRAGMA foreign_keys = OFF;

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
CREATE TABLE _retort_tmp_shipment (
    id INTEGER NOT NULL,
    org_id INTEGER DEFAULT 1,
    sender_id INTEGER,
    buyer_id INTEGER,
    agent_id INTEGER,
    owner_id INTEGER,
    wh_country CHAR(2),
    wh_code INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_shipment_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE
);

INSERT INTO _retort_tmp_shipment (id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code) SELECT id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code FROM shipment;

DROP TABLE shipment;

ALTER TABLE _retort_tmp_shipment RENAME TO shipment;

PRAGMA foreign_key_check(shipment);

-- versions/a4c0000a0002_add_foreign_keys.mig:11
CREATE TABLE _retort_tmp_shipment (
    id INTEGER NOT NULL,
    org_id INTEGER DEFAULT 1,
    sender_id INTEGER,
    buyer_id INTEGER,
    agent_id INTEGER,
    owner_id INTEGER,
    wh_country CHAR(2),
    wh_code INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_shipment_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT fk_shipment_sender FOREIGN KEY (sender_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED
);

INSERT INTO _retort_tmp_shipment (id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code) SELECT id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code FROM shipment;

DROP TABLE shipment;

ALTER TABLE _retort_tmp_shipment RENAME TO shipment;

PRAGMA foreign_key_check(shipment);

-- versions/a4c0000a0002_add_foreign_keys.mig:13
CREATE TABLE _retort_tmp_shipment (
    id INTEGER NOT NULL,
    org_id INTEGER DEFAULT 1,
    sender_id INTEGER,
    buyer_id INTEGER,
    agent_id INTEGER,
    owner_id INTEGER,
    wh_country CHAR(2),
    wh_code INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_shipment_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT fk_shipment_sender FOREIGN KEY (sender_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_shipment_buyer FOREIGN KEY (buyer_id) REFERENCES org (id) ON DELETE RESTRICT ON UPDATE RESTRICT DEFERRABLE INITIALLY IMMEDIATE
);

INSERT INTO _retort_tmp_shipment (id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code) SELECT id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code FROM shipment;

DROP TABLE shipment;

ALTER TABLE _retort_tmp_shipment RENAME TO shipment;

PRAGMA foreign_key_check(shipment);

-- versions/a4c0000a0002_add_foreign_keys.mig:15
CREATE TABLE _retort_tmp_shipment (
    id INTEGER NOT NULL,
    org_id INTEGER DEFAULT 1,
    sender_id INTEGER,
    buyer_id INTEGER,
    agent_id INTEGER,
    owner_id INTEGER,
    wh_country CHAR(2),
    wh_code INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_shipment_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT fk_shipment_sender FOREIGN KEY (sender_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_shipment_buyer FOREIGN KEY (buyer_id) REFERENCES org (id) ON DELETE RESTRICT ON UPDATE RESTRICT DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT fk_shipment_agent FOREIGN KEY (agent_id) REFERENCES org (id) ON DELETE SET NULL ON UPDATE SET NULL DEFERRABLE
);

INSERT INTO _retort_tmp_shipment (id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code) SELECT id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code FROM shipment;

DROP TABLE shipment;

ALTER TABLE _retort_tmp_shipment RENAME TO shipment;

PRAGMA foreign_key_check(shipment);

-- versions/a4c0000a0002_add_foreign_keys.mig:26
CREATE TABLE _retort_tmp_shipment (
    id INTEGER NOT NULL,
    org_id INTEGER DEFAULT 1,
    sender_id INTEGER,
    buyer_id INTEGER,
    agent_id INTEGER,
    owner_id INTEGER,
    wh_country CHAR(2),
    wh_code INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_shipment_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT fk_shipment_sender FOREIGN KEY (sender_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_shipment_buyer FOREIGN KEY (buyer_id) REFERENCES org (id) ON DELETE RESTRICT ON UPDATE RESTRICT DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT fk_shipment_agent FOREIGN KEY (agent_id) REFERENCES org (id) ON DELETE SET NULL ON UPDATE SET NULL DEFERRABLE,
    CONSTRAINT fk_shipment_owner FOREIGN KEY (owner_id) REFERENCES org (id) ON DELETE NO ACTION
);

INSERT INTO _retort_tmp_shipment (id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code) SELECT id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code FROM shipment;

DROP TABLE shipment;

ALTER TABLE _retort_tmp_shipment RENAME TO shipment;

PRAGMA foreign_key_check(shipment);

-- versions/a4c0000a0002_add_foreign_keys.mig:29
CREATE TABLE _retort_tmp_shipment (
    id INTEGER NOT NULL,
    org_id INTEGER DEFAULT 1,
    sender_id INTEGER,
    buyer_id INTEGER,
    agent_id INTEGER,
    owner_id INTEGER,
    wh_country CHAR(2),
    wh_code INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_shipment_org FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT fk_shipment_sender FOREIGN KEY (sender_id) REFERENCES org (id) ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_shipment_buyer FOREIGN KEY (buyer_id) REFERENCES org (id) ON DELETE RESTRICT ON UPDATE RESTRICT DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT fk_shipment_agent FOREIGN KEY (agent_id) REFERENCES org (id) ON DELETE SET NULL ON UPDATE SET NULL DEFERRABLE,
    CONSTRAINT fk_shipment_owner FOREIGN KEY (owner_id) REFERENCES org (id) ON DELETE NO ACTION,
    CONSTRAINT fk_shipment_warehouse FOREIGN KEY (wh_country, wh_code) REFERENCES warehouse (country, code) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);

INSERT INTO _retort_tmp_shipment (id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code) SELECT id, org_id, sender_id, buyer_id, agent_id, owner_id, wh_country, wh_code FROM shipment;

DROP TABLE shipment;

ALTER TABLE _retort_tmp_shipment RENAME TO shipment;

PRAGMA foreign_key_check(shipment);

UPDATE alembic_version SET version_num='a4c0000a0002' WHERE alembic_version.version_num = 'a4c0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


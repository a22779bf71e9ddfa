SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a1d0000a0001, create sequences

-- versions/a1d0000a0001_create_sequences.mig:9
CREATE SEQUENCE plain_seq;

-- versions/a1d0000a0001_create_sequences.mig:10
CREATE SEQUENCE order_seq INCREMENT BY 1 START WITH 1000;

-- versions/a1d0000a0001_create_sequences.mig:11
CREATE SEQUENCE invoice_seq INCREMENT BY 5 START WITH 5;

-- versions/a1d0000a0001_create_sequences.mig:12
CREATE SEQUENCE countdown_seq INCREMENT BY -1 MINVALUE -100 MAXVALUE 0 START WITH -1;

-- versions/a1d0000a0001_create_sequences.mig:13
CREATE SEQUENCE ticket_seq INCREMENT BY 2 MINVALUE 10 MAXVALUE 9000000000 START WITH 10 CACHE 20 CYCLE;

-- versions/a1d0000a0001_create_sequences.mig:15
CREATE SEQUENCE batch_seq MINVALUE 1 MAXVALUE 1000 CACHE 1 NO CYCLE;

-- versions/a1d0000a0001_create_sequences.mig:16
CREATE TABLE ticket (
    id BIGINT DEFAULT nextval('ticket_seq') NOT NULL,
    CONSTRAINT pk_ticket PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('a1d0000a0001');

COMMIT;


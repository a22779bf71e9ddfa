SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade a1d0000a0001 -> <base>, create sequences

-- versions/a1d0000a0001_create_sequences.mig:25
DROP TABLE ticket;

-- versions/a1d0000a0001_create_sequences.mig:26
DROP SEQUENCE batch_seq;

-- versions/a1d0000a0001_create_sequences.mig:27
DROP SEQUENCE ticket_seq;

-- versions/a1d0000a0001_create_sequences.mig:28
DROP SEQUENCE countdown_seq;

-- versions/a1d0000a0001_create_sequences.mig:29
DROP SEQUENCE invoice_seq;

-- versions/a1d0000a0001_create_sequences.mig:30
DROP SEQUENCE order_seq;

-- versions/a1d0000a0001_create_sequences.mig:31
DROP SEQUENCE plain_seq;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1d0000a0001';

COMMIT;


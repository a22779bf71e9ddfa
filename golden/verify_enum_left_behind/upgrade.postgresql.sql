SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> aaaa0000e001, the classic Alembic mistake: the enum outlives its downgrade

-- versions/aaaa0000e001_mood.mig:5
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- versions/aaaa0000e001_mood.mig:6
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood mood DEFAULT 'ok' NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaa0000e001');

COMMIT;


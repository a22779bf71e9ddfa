SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 5555eeee0002, create setting

-- versions/5555eeee0002_create_setting.mig:7
CREATE TABLE setting (
    name VARCHAR(40) NOT NULL,
    value TEXT,
    PRIMARY KEY (name)
);

INSERT INTO alembic_version (version_num) VALUES ('5555eeee0002');

-- Running upgrade 5555eeee0002 -> 5555eeee0003, seed settings

-- versions/5555eeee0003_seed_settings.mig:7
INSERT INTO setting (name, value) VALUES ('theme', 'dark'), ('lang', 'en');

UPDATE alembic_version SET version_num='5555eeee0003' WHERE alembic_version.version_num = '5555eeee0002';

-- Running upgrade <base> -> 5555eeee0001, create account

-- versions/5555eeee0001_create_account.mig:7
CREATE TABLE account (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('5555eeee0001');

COMMIT;


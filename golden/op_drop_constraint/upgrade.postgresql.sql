SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> e8a0000a0001, create tables

-- versions/e8a0000a0001_create_tables.mig:7
CREATE TABLE team (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

-- versions/e8a0000a0001_create_tables.mig:10
CREATE TABLE player (
    id INTEGER NOT NULL,
    team_id INTEGER,
    number INTEGER NOT NULL,
    name VARCHAR(60) NOT NULL,
    CONSTRAINT pk_player PRIMARY KEY (id),
    CONSTRAINT fk_player_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT uq_player_team_number UNIQUE (team_id, number),
    CONSTRAINT ck_player_number CHECK (number BETWEEN 0 AND 99),
    CONSTRAINT ck_player_name CHECK (name <> '')
);

INSERT INTO alembic_version (version_num) VALUES ('e8a0000a0001');

-- Running upgrade e8a0000a0001 -> e8a0000a0002, drop constraints

-- versions/e8a0000a0002_drop_constraints.mig:8
ALTER TABLE player DROP CONSTRAINT fk_player_team;

-- versions/e8a0000a0002_drop_constraints.mig:9
ALTER TABLE player DROP CONSTRAINT pk_player;

-- versions/e8a0000a0002_drop_constraints.mig:10
ALTER TABLE player DROP CONSTRAINT uq_player_team_number;

-- versions/e8a0000a0002_drop_constraints.mig:11
ALTER TABLE player DROP CONSTRAINT ck_player_number;

-- versions/e8a0000a0002_drop_constraints.mig:12
ALTER TABLE player DROP CONSTRAINT ck_player_name;

UPDATE alembic_version SET version_num='e8a0000a0002' WHERE alembic_version.version_num = 'e8a0000a0001';

-- Running upgrade e8a0000a0002 -> e8a0000a0003, drop more

-- versions/e8a0000a0003_drop_more.mig:9
ALTER TABLE player ADD CONSTRAINT fk_player_team2 FOREIGN KEY (team_id) REFERENCES team;

-- versions/e8a0000a0003_drop_more.mig:10
ALTER TABLE player DROP CONSTRAINT fk_player_team2;

-- versions/e8a0000a0003_drop_more.mig:11
ALTER TABLE player ADD CONSTRAINT pk_player2 PRIMARY KEY (id);

-- versions/e8a0000a0003_drop_more.mig:12
ALTER TABLE player DROP CONSTRAINT pk_player2;

UPDATE alembic_version SET version_num='e8a0000a0003' WHERE alembic_version.version_num = 'e8a0000a0002';

COMMIT;


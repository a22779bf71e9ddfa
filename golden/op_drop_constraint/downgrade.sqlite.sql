PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade e8a0000a0003 -> e8a0000a0002, drop more

UPDATE alembic_version SET version_num='e8a0000a0002' WHERE alembic_version.version_num = 'e8a0000a0003';

-- Running downgrade e8a0000a0002 -> e8a0000a0001, drop constraints

-- versions/e8a0000a0002_drop_constraints.mig:16
CREATE TABLE _retort_tmp_player (
    id INTEGER NOT NULL,
    team_id INTEGER,
    number INTEGER NOT NULL,
    name VARCHAR(60) NOT NULL,
    CONSTRAINT ck_player_name CHECK (name <> '')
);

INSERT INTO _retort_tmp_player (id, team_id, number, name) SELECT id, team_id, number, name FROM player;

DROP TABLE player;

ALTER TABLE _retort_tmp_player RENAME TO player;

PRAGMA foreign_key_check(player);

-- versions/e8a0000a0002_drop_constraints.mig:17
CREATE TABLE _retort_tmp_player (
    id INTEGER NOT NULL,
    team_id INTEGER,
    number INTEGER NOT NULL,
    name VARCHAR(60) NOT NULL,
    CONSTRAINT ck_player_name CHECK (name <> ''),
    CONSTRAINT ck_player_number CHECK (number BETWEEN 0 AND 99)
);

INSERT INTO _retort_tmp_player (id, team_id, number, name) SELECT id, team_id, number, name FROM player;

DROP TABLE player;

ALTER TABLE _retort_tmp_player RENAME TO player;

PRAGMA foreign_key_check(player);

-- versions/e8a0000a0002_drop_constraints.mig:18
CREATE TABLE _retort_tmp_player (
    id INTEGER NOT NULL,
    team_id INTEGER,
    number INTEGER NOT NULL,
    name VARCHAR(60) NOT NULL,
    CONSTRAINT ck_player_name CHECK (name <> ''),
    CONSTRAINT ck_player_number CHECK (number BETWEEN 0 AND 99),
    CONSTRAINT uq_player_team_number UNIQUE (team_id, number)
);

INSERT INTO _retort_tmp_player (id, team_id, number, name) SELECT id, team_id, number, name FROM player;

DROP TABLE player;

ALTER TABLE _retort_tmp_player RENAME TO player;

PRAGMA foreign_key_check(player);

-- versions/e8a0000a0002_drop_constraints.mig:19
CREATE TABLE _retort_tmp_player (
    id INTEGER NOT NULL,
    team_id INTEGER,
    number INTEGER NOT NULL,
    name VARCHAR(60) NOT NULL,
    CONSTRAINT ck_player_name CHECK (name <> ''),
    CONSTRAINT ck_player_number CHECK (number BETWEEN 0 AND 99),
    CONSTRAINT uq_player_team_number UNIQUE (team_id, number),
    CONSTRAINT pk_player PRIMARY KEY (id)
);

INSERT INTO _retort_tmp_player (id, team_id, number, name) SELECT id, team_id, number, name FROM player;

DROP TABLE player;

ALTER TABLE _retort_tmp_player RENAME TO player;

PRAGMA foreign_key_check(player);

-- versions/e8a0000a0002_drop_constraints.mig:20
CREATE TABLE _retort_tmp_player (
    id INTEGER NOT NULL,
    team_id INTEGER,
    number INTEGER NOT NULL,
    name VARCHAR(60) NOT NULL,
    CONSTRAINT ck_player_name CHECK (name <> ''),
    CONSTRAINT ck_player_number CHECK (number BETWEEN 0 AND 99),
    CONSTRAINT uq_player_team_number UNIQUE (team_id, number),
    CONSTRAINT pk_player PRIMARY KEY (id),
    CONSTRAINT fk_player_team FOREIGN KEY (team_id) REFERENCES team (id)
);

INSERT INTO _retort_tmp_player (id, team_id, number, name) SELECT id, team_id, number, name FROM player;

DROP TABLE player;

ALTER TABLE _retort_tmp_player RENAME TO player;

PRAGMA foreign_key_check(player);

UPDATE alembic_version SET version_num='e8a0000a0001' WHERE alembic_version.version_num = 'e8a0000a0002';

-- Running downgrade e8a0000a0001 -> <base>, create tables

-- versions/e8a0000a0001_create_tables.mig:24
DROP TABLE player;

-- versions/e8a0000a0001_create_tables.mig:25
DROP TABLE team;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e8a0000a0001';

COMMIT;

PRAGMA foreign_keys = ON;


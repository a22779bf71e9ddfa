SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade e8a0000a0003 -> e8a0000a0002, drop more

UPDATE alembic_version SET version_num='e8a0000a0002' WHERE alembic_version.version_num = 'e8a0000a0003';

-- Running downgrade e8a0000a0002 -> e8a0000a0001, drop constraints

-- versions/e8a0000a0002_drop_constraints.mig:16
ALTER TABLE player ADD CONSTRAINT ck_player_name CHECK (name <> '');

-- versions/e8a0000a0002_drop_constraints.mig:17
ALTER TABLE player ADD CONSTRAINT ck_player_number CHECK (number BETWEEN 0 AND 99);

-- versions/e8a0000a0002_drop_constraints.mig:18
ALTER TABLE player ADD CONSTRAINT uq_player_team_number UNIQUE (team_id, number);

-- versions/e8a0000a0002_drop_constraints.mig:19
ALTER TABLE player ADD CONSTRAINT pk_player PRIMARY KEY (id);

-- versions/e8a0000a0002_drop_constraints.mig:20
ALTER TABLE player ADD CONSTRAINT fk_player_team FOREIGN KEY (team_id) REFERENCES team (id);

UPDATE alembic_version SET version_num='e8a0000a0001' WHERE alembic_version.version_num = 'e8a0000a0002';

-- Running downgrade e8a0000a0001 -> <base>, create tables

-- versions/e8a0000a0001_create_tables.mig:24
DROP TABLE player;

-- versions/e8a0000a0001_create_tables.mig:25
DROP TABLE team;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e8a0000a0001';

COMMIT;


-- Outside the model, for tests/mysql.t: the table the execute statements
-- make (no op of the case makes an object the model knows).
CREATE TABLE kv (k varchar(40) PRIMARY KEY, v text) ENGINE = InnoDB;

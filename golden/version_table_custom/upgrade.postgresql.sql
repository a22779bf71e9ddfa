SET client_encoding = 'UTF8';

BEGIN;

CREATE TABLE meta.my_versions (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT my_versions_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> d2a0000a0001, create widget

-- versions/d2a0000a0001_create_widget.mig:11
CREATE TABLE widget (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO meta.my_versions (version_num) VALUES ('d2a0000a0001');

-- Running upgrade d2a0000a0001 -> d2a0000a0002, add widget size

-- versions/d2a0000a0002_add_widget_size.mig:7
ALTER TABLE widget ADD COLUMN size INTEGER;

UPDATE meta.my_versions SET version_num='d2a0000a0002' WHERE meta.my_versions.version_num = 'd2a0000a0001';

COMMIT;


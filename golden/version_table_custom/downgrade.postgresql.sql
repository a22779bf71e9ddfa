SET client_encoding = 'UTF8';

BEGIN;

-- Running downgrade d2a0000a0002 -> d2a0000a0001, add widget size

-- versions/d2a0000a0002_add_widget_size.mig:11
ALTER TABLE widget DROP COLUMN size;

UPDATE meta.my_versions SET version_num='d2a0000a0001' WHERE meta.my_versions.version_num = 'd2a0000a0002';

-- Running downgrade d2a0000a0001 -> <base>, create widget

-- versions/d2a0000a0001_create_widget.mig:18
DROP TABLE widget;

DELETE FROM meta.my_versions WHERE meta.my_versions.version_num = 'd2a0000a0001';

COMMIT;


"""The case history is an audit log: the database itself refuses to change an entry.

Model code already refuses (`CaseEvent.save` on an existing row); this trigger also stops bulk
updates and hand-written SQL. Rows are removed only with their case.
"""

from django.db import migrations

POSTGRESQL = """
CREATE OR REPLACE FUNCTION eservice_blocks_caseevent_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'case events are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER eservice_blocks_caseevent_no_update
    BEFORE UPDATE ON eservice_blocks_caseevent
    FOR EACH ROW EXECUTE FUNCTION eservice_blocks_caseevent_append_only();
"""
POSTGRESQL_REVERSE = """
DROP TRIGGER IF EXISTS eservice_blocks_caseevent_no_update ON eservice_blocks_caseevent;
DROP FUNCTION IF EXISTS eservice_blocks_caseevent_append_only();
"""
SQLITE = """
CREATE TRIGGER eservice_blocks_caseevent_no_update
BEFORE UPDATE ON eservice_blocks_caseevent
BEGIN
    SELECT RAISE(ABORT, 'case events are append-only');
END;
"""
SQLITE_REVERSE = "DROP TRIGGER IF EXISTS eservice_blocks_caseevent_no_update;"


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_REVERSE)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_REVERSE)


class Migration(migrations.Migration):
    dependencies = [("eservice_blocks", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]

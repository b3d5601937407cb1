"""The database itself refuses to change a learning event once written."""

from django.db import migrations

MESSAGE = "learning events are append-only"

SQLITE = f"""
CREATE TRIGGER courses_learningevent_no_update BEFORE UPDATE ON courses_learningevent
BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;
"""
SQLITE_REVERSE = "DROP TRIGGER IF EXISTS courses_learningevent_no_update;"

POSTGRES = f"""
CREATE FUNCTION courses_learningevent_refuse_update() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION '{MESSAGE}'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER courses_learningevent_no_update BEFORE UPDATE ON courses_learningevent
FOR EACH ROW EXECUTE FUNCTION courses_learningevent_refuse_update();
"""
POSTGRES_REVERSE = """
DROP TRIGGER IF EXISTS courses_learningevent_no_update ON courses_learningevent;
DROP FUNCTION IF EXISTS courses_learningevent_refuse_update();
"""


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_REVERSE)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_REVERSE)


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]

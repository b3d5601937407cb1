from django.db import migrations


def load(apps, schema_editor):
    from training.people.councils_data import load_councils

    load_councils(apps.get_model("people", "Council"))


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]

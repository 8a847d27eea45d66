# Every foreign key now points to departments.Department: give it its own table name, and keep
# permissions, log entries and search entries of departments by moving their content type.

from django.db import migrations


def move_content_type(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    old = content_types.objects.filter(app_label="cms_pages", model="department").first()
    if old is None:
        return
    if content_types.objects.filter(app_label="departments", model="department").exists():
        # Created by an earlier run's post_migrate: the old row holds the references.
        content_types.objects.filter(app_label="departments", model="department").delete()
    old.app_label = "departments"
    old.save(update_fields=["app_label"])


def restore_content_type(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="departments", model="department").update(app_label="cms_pages")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("departments", "0001_initial"),
        ("cms_pages", "0005_department_moved"),
    ]

    operations = [
        migrations.AlterModelTable(name="department", table=None),
        migrations.RunPython(move_content_type, restore_content_type),
    ]

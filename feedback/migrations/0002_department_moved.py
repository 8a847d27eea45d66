# The Department model moved to the departments app; its table is the same, so only the
# migration state changes here (departments.0002 renames the table afterwards).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('departments', '0001_initial'),
        ('feedback', '0001_initial'),
    ]

    # Every foreign key must point to departments before cms_pages drops the old model state.
    run_before = [("cms_pages", "0005_department_moved")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='feedback',
                    name='department',
                    field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='feedback', to='departments.department', verbose_name='department'),
                ),
            ],
            database_operations=[],
        ),
    ]

# The Department model moved to the departments app; its table is the same, so only the
# migration state changes here (departments.0002 renames the table afterwards).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('departments', '0001_initial'),
        ('events', '0001_initial'),
    ]

    # Every foreign key must point to departments before cms_pages drops the old model state.
    run_before = [("cms_pages", "0005_department_moved")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='eventindexpage',
                    name='owning_department',
                    field=models.ForeignKey(help_text='Internal only: the department responsible for this page. Never shown to citizens.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='departments.department', verbose_name='owning department'),
                ),
                migrations.AlterField(
                    model_name='eventpage',
                    name='owning_department',
                    field=models.ForeignKey(help_text='Internal only: the department responsible for this page. Never shown to citizens.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='departments.department', verbose_name='owning department'),
                ),
            ],
            database_operations=[],
        ),
    ]

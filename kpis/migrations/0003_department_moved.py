# The Department model moved to the departments app; its table is the same, so only the
# migration state changes here (departments.0002 renames the table afterwards).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('departments', '0001_initial'),
        ('kpis', '0002_office_screens'),
    ]

    # Every foreign key must point to departments before cms_pages drops the old model state.
    run_before = [("cms_pages", "0005_department_moved")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='nondigitalcontact',
                    name='department',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='departments.department', verbose_name='department'),
                ),
                migrations.AlterField(
                    model_name='officescreen',
                    name='department',
                    field=models.ForeignKey(blank=True, help_text='Empty: the whole municipality.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='departments.department', verbose_name='department'),
                ),
            ],
            database_operations=[],
        ),
    ]

# The Department model moved to the departments app; its table is the same, so only the
# migration state changes here (departments.0002 renames the table afterwards).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cms_pages', '0004_guide_outcome_eservice'),
        ('departments', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='guidepage',
                    name='owning_department',
                    field=models.ForeignKey(help_text='Internal only: the department responsible for this page. Never shown to citizens.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='departments.department', verbose_name='owning department'),
                ),
                migrations.AlterField(
                    model_name='informationpage',
                    name='owning_department',
                    field=models.ForeignKey(help_text='Internal only: the department responsible for this page. Never shown to citizens.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='departments.department', verbose_name='owning department'),
                ),
                migrations.AlterField(
                    model_name='audiencepage',
                    name='owning_department',
                    field=models.ForeignKey(help_text='Internal only: the department responsible for this page. Never shown to citizens.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='departments.department', verbose_name='owning department'),
                ),
                migrations.AlterField(
                    model_name='homepage',
                    name='owning_department',
                    field=models.ForeignKey(help_text='Internal only: the department responsible for this page. Never shown to citizens.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='departments.department', verbose_name='owning department'),
                ),
                migrations.DeleteModel(
                    name='Department',
                ),
            ],
            database_operations=[],
        ),
    ]

# The Department model moves here from cms_pages. Its table stays where it is in this step
# (state only); 0002 renames it once every foreign key points here.

import modelcluster.fields
import modelsearch.index
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("cms_pages", "0004_guide_outcome_eservice"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Department",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("name", models.CharField(max_length=200, unique=True, verbose_name="name")),
                        (
                            "contact_email",
                            models.EmailField(
                                help_text="Where the department receives cases and feedback.",
                                max_length=254,
                                verbose_name="contact e-mail",
                            ),
                        ),
                        (
                            "staff_groups",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True,
                                help_text="Members of these admin groups work for this department.",
                                related_name="departments",
                                to="auth.group",
                                verbose_name="staff groups",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "department",
                        "verbose_name_plural": "departments",
                        "ordering": ["name"],
                        "db_table": "cms_pages_department",
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
            database_operations=[],
        ),
    ]

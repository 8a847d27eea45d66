# The outbox moves here from eservice_blocks: state only, the table stays where it is in this
# step; 0002 makes the link to a case generic and gives the table its own name.

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("eservice_blocks", "0005_department_moved"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Notification",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("kind", models.CharField(max_length=64)),
                        ("recipient", models.EmailField(max_length=254)),
                        ("language", models.CharField(default="sv", max_length=8)),
                        ("context", models.JSONField(blank=True, default=dict)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "Pending"),
                                    ("sent", "Sent"),
                                    ("failed", "Failed for good"),
                                    ("cancelled", "Cancelled"),
                                ],
                                db_index=True,
                                default="pending",
                                max_length=16,
                            ),
                        ),
                        ("attempts", models.PositiveSmallIntegerField(default=0)),
                        ("next_attempt_at", models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                        ("last_error", models.TextField(blank=True)),
                        ("sent_at", models.DateTimeField(blank=True, null=True)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "case",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="notifications",
                                to="eservice_blocks.case",
                            ),
                        ),
                    ],
                    options={"ordering": ["created_at"], "db_table": "eservice_blocks_notification"},
                ),
            ],
            database_operations=[],
        ),
    ]

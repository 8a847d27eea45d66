# The outbox (Notification) moved to the notifications app; its table is handed over as it is.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("eservice_blocks", "0005_department_moved"),
        ("notifications", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Notification")],
            database_operations=[],
        ),
    ]

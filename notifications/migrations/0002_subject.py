# A message is about a subject of any kind (a case, a feedback answer), so the outbox needs no
# feature app: the case link becomes a generic one, and the table gets the app's own name.

import django.db.models.deletion
from django.db import migrations, models


def case_to_subject(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    notifications = apps.get_model("notifications", "Notification")
    if not notifications.objects.filter(case__isnull=False).exists():
        return
    case_type, _created = content_types.objects.get_or_create(app_label="eservice_blocks", model="case")
    notifications.objects.filter(case__isnull=False).update(subject_type=case_type, subject_id=models.F("case_id"))


def subject_to_case(apps, schema_editor):
    notifications = apps.get_model("notifications", "Notification")
    notifications.objects.filter(
        subject_type__app_label="eservice_blocks", subject_type__model="case"
    ).update(case_id=models.F("subject_id"))


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("notifications", "0001_initial"),
        ("eservice_blocks", "0006_notification_moved"),
    ]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="subject_type",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="contenttypes.contenttype",
            ),
        ),
        migrations.AddField(
            model_name="notification",
            name="subject_id",
            field=models.PositiveBigIntegerField(blank=True, null=True),
        ),
        migrations.RunPython(case_to_subject, subject_to_case),
        migrations.RemoveField(model_name="notification", name="case"),
        migrations.AlterModelTable(name="notification", table=None),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(fields=["subject_type", "subject_id"], name="notificatio_subject_8f1960_idx"),
        ),
    ]

"""Delete e-mail addresses and comments of feedback older than FEEDBACK_RETENTION_DAYS (run daily)."""

from django.core.management.base import BaseCommand

from feedback.services import delete_expired_personal_data


class Command(BaseCommand):
    help = "Delete e-mail addresses and comments of feedback past its retention period."

    def handle(self, *args, **options):
        count = delete_expired_personal_data()
        self.stdout.write(f"Deleted personal data of {count} feedback answer(s).")

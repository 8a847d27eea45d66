"""Delete personal data of closed cases past their retention period (run daily, e.g. from cron)."""

from django.core.management.base import BaseCommand

from eservice_blocks.cases.retention import delete_expired_personal_data


class Command(BaseCommand):
    help = "Delete personal data of closed cases whose retention period has passed."

    def handle(self, *args, **options):
        count = delete_expired_personal_data()
        self.stdout.write(f"Deleted personal data of {count} case(s).")

"""Delete problem reports never sent (with their photos) and unconfirmed follows; run daily."""

from django.core.management.base import BaseCommand

from eservice_types.problem_report.retention import delete_expired_data


class Command(BaseCommand):
    help = "Delete problem reports that were held but never sent, and follows never confirmed."

    def handle(self, *args, **options):
        counts = delete_expired_data()
        self.stdout.write(
            f"Deleted {counts['pending_reports']} unsent problem reports "
            f"and {counts['unconfirmed_followers']} unconfirmed follows."
        )

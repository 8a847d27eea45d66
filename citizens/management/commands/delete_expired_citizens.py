"""Delete citizens who have not signed in for CITIZEN_RETENTION_DAYS, and expired sessions
(run daily, with the other retention commands)."""

from django.core.management.base import BaseCommand

from citizens.retention import delete_expired_citizens


class Command(BaseCommand):
    help = "Delete citizen records past their retention period and expired sessions."

    def handle(self, *args, **options):
        count = delete_expired_citizens()
        self.stdout.write(f"Deleted {count} citizen record(s).")

"""Delete application drafts (and their files) whose time has run out; run daily."""

from django.core.management.base import BaseCommand

from eservice_types.application.retention import delete_expired_drafts


class Command(BaseCommand):
    help = "Delete expired application drafts and their files."

    def handle(self, *args, **options):
        count = delete_expired_drafts()
        self.stdout.write(f"Deleted {count} expired application drafts.")

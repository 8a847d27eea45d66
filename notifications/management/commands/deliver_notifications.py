"""Send every message whose time has come (the sweep behind the per-message tasks)."""

from django.core.management.base import BaseCommand

from notifications.outbox import deliver_due_notifications


class Command(BaseCommand):
    help = "Deliver pending notifications that are due, retrying failed ones with backoff."

    def handle(self, *args, **options):
        self.stdout.write(f"Delivered {deliver_due_notifications()} notification(s).")

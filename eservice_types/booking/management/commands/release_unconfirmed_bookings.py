"""Release bookings whose e-mail address was not confirmed in time (run daily, or more often)."""

from django.core.management.base import BaseCommand

from eservice_types.booking.booking import release_expired_holds


class Command(BaseCommand):
    help = "Release the times held by bookings whose e-mail address was not confirmed in time."

    def handle(self, *args, **options):
        count = release_expired_holds()
        self.stdout.write(f"Released {count} unconfirmed booking(s).")

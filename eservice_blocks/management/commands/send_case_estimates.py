"""Tell citizens whose case has passed its promised lead time when it is now likely to be
decided, once per case, before they have to ask (run daily; the notifications timer runs it)."""

from django.core.management.base import BaseCommand

from eservice_blocks.promises import send_estimates


class Command(BaseCommand):
    help = "Send a new estimate to the citizens whose case has passed its promised lead time."

    def handle(self, *args, **options):
        count = send_estimates()
        self.stdout.write(f"Sent {count} new estimate(s).")

"""Send the search engine the page updates it missed while it was unreachable (the sweep)."""

from django.core.management.base import BaseCommand

from search.pending import replay_due, waiting


class Command(BaseCommand):
    help = "Replay the search index updates that the search engine missed, when they are due."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Replay every queued update now, due or not.")

    def handle(self, *args, **options):
        from datetime import timedelta

        from django.utils import timezone

        now = timezone.now() + (timedelta(days=3650) if options["all"] else timedelta(0))
        replayed = replay_due(now)
        self.stdout.write(f"Replayed {replayed} page update(s); {waiting()} waiting.")

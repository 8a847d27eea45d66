"""Deliver the waiting hand-overs that are due: the sweep behind the worker's per-event tasks
(a task lost with a crashed worker, a retry a task backend could not schedule). Run it from a
timer every few minutes (deploy/systemd/kommunportal-handovers.timer, docs/handover.md)."""

from django.core.management.base import BaseCommand

from handover.outbox import deliver_due_handovers


class Command(BaseCommand):
    help = "Deliver waiting hand-overs that are due, e.g. those whose worker task was lost in a crash."

    def add_arguments(self, parser):
        parser.add_argument(
            "--overdue",
            type=float,
            default=60,
            help="Only hand-overs due for at least this many seconds (fresh ones are the worker's). Default 60.",
        )
        parser.add_argument(
            "--max-seconds",
            type=float,
            default=240,
            help="Stop starting new deliveries after this long; the next run goes on. Default 240.",
        )

    def handle(self, *args, overdue, max_seconds, **options):
        delivered = deliver_due_handovers(overdue_seconds=overdue, max_seconds=max_seconds)
        if options["verbosity"] >= 1:
            self.stdout.write(f"Delivered {delivered} hand-over(s).")

"""Deliver the waiting hand-overs that are due: the sweep behind the worker's per-event tasks
(a task lost with a crashed worker, a retry a task backend could not schedule). Run it from a
timer every few minutes (deploy/systemd/kommunportal-handovers.timer, docs/handover.md)."""

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

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
        parser.add_argument(
            "--every",
            type=float,
            default=0,
            help="Keep running and sweep every this many seconds (make run); 0, the default, sweeps once.",
        )

    def handle(self, *args, overdue, max_seconds, every, **options):
        while True:
            delivered = deliver_due_handovers(overdue_seconds=overdue, max_seconds=max_seconds)
            if options["verbosity"] >= 1:
                self.stdout.write(f"Delivered {delivered} hand-over(s).")
            if not every:
                return
            # One process that sleeps costs nothing between sweeps; starting Django every
            # minute cost a few per cent of a core on an idle laptop.
            close_old_connections()
            time.sleep(every)

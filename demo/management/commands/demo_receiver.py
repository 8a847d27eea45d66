"""Run the demo's building permit system (the test receiver) for `make run`: it receives the
hand-overs of the building permit questions and decides each case through the way-back API."""

import os
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from demo import handover


class Command(BaseCommand):
    help = "Run the demo case system that receives hand-overs (tests/handover_receiver/serve.py)."

    def add_arguments(self, parser):
        parser.add_argument("--site", default=settings.SITE_BASE_URL, help="The site, for the way-back API.")

    def handle(self, *args, site, **options):
        script = Path(settings.BASE_DIR) / "tests" / "handover_receiver" / "serve.py"
        command = [
            sys.executable,
            str(script),
            "--port",
            str(handover.RECEIVER_PORT),
            "--secret",
            handover.SIGNING_SECRET,
            "--api",
            site.rstrip("/"),
            "--client-id",
            handover.CLIENT_ID,
            "--client-secret",
            handover.CLIENT_SECRET,
            "--decide",
            "--decide-after",
            "30",
        ]
        self.stdout.write(f"Demo case system on {handover.RECEIVER_URL}, deciding cases through {site}")
        os.execv(sys.executable, command)  # noqa: S606 - our own script, fixed arguments

"""Create an office screen and print its kiosk link (for provisioning a wall screen)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse

from kpis.models import OfficeScreen


class Command(BaseCommand):
    help = "Create an office screen for the whole municipality and print its kiosk link."

    def add_arguments(self, parser):
        parser.add_argument("name")

    def handle(self, *args, **options):
        screen = OfficeScreen(name=options["name"])
        token = screen.issue_token()
        screen.save()
        self.stdout.write(settings.SITE_BASE_URL.rstrip("/") + reverse("kpis:screen", args=[token]))

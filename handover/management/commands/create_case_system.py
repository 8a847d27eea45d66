"""Register a case system and print what its IT staff need: the webhook signing secret and the
API client's id and secret (shown once)."""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from handover.systems import register


class Command(BaseCommand):
    help = "Register a case system (webhook receiver and API client) for one or more departments."

    def add_arguments(self, parser):
        parser.add_argument("name", help="What handlers see, e.g. ByggR.")
        parser.add_argument("--webhook-url", default="", help="Where events are POSTed.")
        parser.add_argument("--department", action="append", default=[], help="A department's name (repeatable).")

    def handle(self, *args, name, webhook_url, department, **options):
        # Looked up by name: this app sits below departments and does not import it.
        departments = list(apps.get_model("departments", "Department").objects.filter(name__in=department))
        if len(departments) != len(set(department)):
            raise CommandError("Unknown department: " + ", ".join(set(department) - {d.name for d in departments}))
        system, client_secret = register(name, webhook_url, departments)
        self.stdout.write(f"Case system: {system.name} (id {system.pk})")
        self.stdout.write(f"Webhook signing secret: {system.signing_secret}")
        self.stdout.write(f"API client id: {system.application.client_id}")
        self.stdout.write(f"API client secret: {client_secret}")

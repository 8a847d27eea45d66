"""Create (or reset) the local demo administrator with a fresh random password and print it."""

import secrets

from axes.utils import reset
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create or reset the demo admin account with a new random password (local use only)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/", help="Where the admin is served.")

    def handle(self, *args, username, url, **options):
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        user, _created = User.objects.get_or_create(username=username, defaults={"email": "admin@sjovik.example"})
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        # A new password also lifts a lock from earlier wrong ones (foundations/staff_lockout.py).
        reset(username=username)
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Admin login for this run:"))
        self.stdout.write(f"  URL:      {url}")
        self.stdout.write(f"  Username: {username}")
        self.stdout.write(f"  Password: {password}")
        self.stdout.write("")

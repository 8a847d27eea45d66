"""Registering a case system: its OAuth2 client for the way-back API (client credentials) and
the user its changes are recorded as in the cases' history."""

import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from oauth2_provider.models import get_application_model

from .models import CaseSystem


@transaction.atomic
def register(name: str, webhook_url: str = "", departments=(), *, client_id="", client_secret="") -> tuple:
    """Create (or bring up to date) a case system and its API client. Returns the system and
    the client secret, which is shown once: only a hash of it is stored (unless given)."""
    system, _created = CaseSystem.objects.get_or_create(name=name)
    system.webhook_url = webhook_url or system.webhook_url
    Application = get_application_model()
    user, _created = get_user_model().objects.get_or_create(username=f"case-system-{system.pk}")
    if not user.first_name:
        user.first_name = name[:150]
        user.set_unusable_password()
        user.save()
    client_secret = client_secret or secrets.token_urlsafe(32)
    if system.application is not None:
        system.application.delete()
    system.application = Application.objects.create(
        name=f"Case system: {name}"[:255],
        client_id=client_id or secrets.token_urlsafe(24),
        client_secret=client_secret,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
        user=user,
        skip_authorization=True,
    )
    system.save()
    if departments:
        system.departments.set(departments)
    return system, client_secret

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandoverConfig(AppConfig):
    """The outbox towards the municipality's own systems: every event of a case (created, a
    citizen's message, closed ...) stored with the change that causes it and delivered by the
    worker to the hand-over backends chosen for it, with retries, backoff and parking."""

    name = "handover"
    verbose_name = _("Hand-over")
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhookConfig(AppConfig):
    """The signed-webhook hand-over backend (handover_backends.py registers it)."""

    name = "handover.contrib.webhook"
    label = "handover_webhook"
    verbose_name = _("Hand-over by signed webhook")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrarMailboxConfig(AppConfig):
    """The registrar's mailbox hand-over backend (handover_backends.py registers it)."""

    name = "handover.contrib.registrar_mailbox"
    label = "handover_registrar_mailbox"
    verbose_name = _("Hand-over to a registrar's mailbox")

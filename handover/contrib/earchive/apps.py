from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EArchiveConfig(AppConfig):
    """The e-archive hand-over backend (handover_backends.py registers it)."""

    name = "handover.contrib.earchive"
    label = "handover_earchive"
    verbose_name = _("Hand-over to the e-archive")

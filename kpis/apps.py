from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KpisConfig(AppConfig):
    """The channel strategy's key figures: self-service rate, lead times, satisfaction, guide
    resolution and the hardest processes, against editable targets."""

    name = "kpis"
    verbose_name = _("Channel strategy figures")
    default_auto_field = "django.db.models.BigAutoField"

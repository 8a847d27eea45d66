from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from foundations import cache_control


class AlertsConfig(AppConfig):
    """Important messages ("Viktigt meddelande"): a banner at the top of every page, or of one
    audience's pages, for a boil-water notice, a storm or a school closure."""

    name = "alerts"
    label = "alerts"
    verbose_name = _("Important messages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Inside: both import the message model, which Django loads only after this module.
        from . import signals
        from .current import seconds_until_change

        signals.connect()
        # Every page carries the important messages: the frontend cache keeps a page only until
        # one starts or ends.
        cache_control.register_limit(seconds_until_change)

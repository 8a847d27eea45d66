from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EServiceBlocksConfig(AppConfig):
    """E-service plugins, the submit-to-case service, cases and the handlers' inbox."""

    name = "eservice_blocks"
    verbose_name = _("E-services and cases")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .registry import registry

        registry.autodiscover()

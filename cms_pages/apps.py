from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsPagesConfig(AppConfig):
    """Page types, content blocks, departments and demo content of the citizen-facing site."""

    name = "cms_pages"
    verbose_name = _("Pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Inside: both import the page models, which Django loads only after this module.
        from cms_pages import frontend_cache, signals

        signals.connect()
        frontend_cache.connect()

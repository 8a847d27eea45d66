from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search over the pages, guides and e-services of the current language."""

    name = "search"
    label = "site_search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, tasks  # noqa: F401 - the checks register themselves
        from .backends.registry import registry

        registry.autodiscover()
        tasks.connect()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search over the pages, guides and e-services of the current language."""

    name = "search"
    label = "site_search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import checks, tasks  # noqa: F401 - the checks register themselves
        from .backends.registry import registry
        from .engine import synonyms_changed
        from .models import Synonym

        registry.autodiscover()
        tasks.connect()
        for signal in (post_save, post_delete):
            signal.connect(synonyms_changed, sender=Synonym, dispatch_uid=f"search-synonyms-{signal is post_save}")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News pages, their index with filters and RSS/Atom feeds, and news topics."""

    name = "news"
    label = "news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import api, signals
        from .models import NewsIndexPage

        NewsIndexPage.allow_under_home_page()
        api.register_page_types()
        signals.connect()

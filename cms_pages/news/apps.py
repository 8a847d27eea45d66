from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News pages, their index with filters and RSS/Atom feeds, and news topics."""

    name = "cms_pages.news"
    label = "news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms_pages.models import HomePage

        from . import api, signals

        # Installing the app is what lets editors add a news index under a home page: the home
        # page does not name an optional app's page type itself.
        if "news.NewsIndexPage" not in HomePage.subpage_types:
            HomePage.subpage_types = [*HomePage.subpage_types, "news.NewsIndexPage"]
        api.register_page_types()
        signals.connect()

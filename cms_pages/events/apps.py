from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Event pages and the event index ("Evenemang") of each language."""

    name = "cms_pages.events"
    label = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms_pages.models import HomePage

        from . import api  # noqa: F401 - registers the page types with the JSON API

        # Editors may add the event index under a home page (the home page's own list names the
        # core page types; installing this app adds ours).
        if "events.EventIndexPage" not in HomePage.subpage_types:
            HomePage.subpage_types = [*HomePage.subpage_types, "events.EventIndexPage"]

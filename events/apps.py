from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Event pages and the event index ("Evenemang") of each language."""

    name = "events"
    label = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import api  # noqa: F401 - registers the page types with the JSON API
        from .models import EventIndexPage

        EventIndexPage.allow_under_home_page()

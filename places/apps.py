from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    """Place pages (address, contact, accessibility, opening hours with exceptions, "open now")
    and the list that finds them by type and audience."""

    name = "places"
    label = "places"
    verbose_name = _("Places")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import api  # noqa: F401 - registers the page types with the JSON API
        from .models import PlaceIndexPage

        PlaceIndexPage.allow_under_home_page()

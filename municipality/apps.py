from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalityConfig(AppConfig):
    """The municipality's identity (name, contact centre, logo, brand colours) and the pages the
    law asks every municipal site for: accessibility statement, personal data, cookies."""

    name = "municipality"
    label = "municipality"
    verbose_name = _("Municipality")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import api, signals  # noqa: F401 - api registers the page types with the JSON API
        from .models import AccessibilityStatementPage, CookiesPage, PersonalDataPage

        for page_type in (AccessibilityStatementPage, PersonalDataPage, CookiesPage):
            page_type.allow_under_home_page()
        signals.connect()

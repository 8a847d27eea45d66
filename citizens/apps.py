from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizensConfig(AppConfig):
    """Citizens' sign-in with e-identification (pluggable identity providers), their sessions,
    and Mina sidor: everything a signed-in citizen has with the municipality."""

    name = "citizens"
    verbose_name = _("Citizens and sign-in")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
        from .providers import registry

        registry.autodiscover()

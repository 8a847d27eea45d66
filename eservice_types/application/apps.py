from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationConfig(AppConfig):
    """Multi-step applications (ansökan): editor-defined steps, drafts to resume, review, PDF."""

    name = "eservice_types.application"
    label = "application"
    verbose_name = _("Applications")
    default_auto_field = "django.db.models.BigAutoField"

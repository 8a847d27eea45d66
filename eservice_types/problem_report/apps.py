from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProblemReportConfig(AppConfig):
    """Report a problem (felanmälan): category, description, photos and a place."""

    name = "eservice_types.problem_report"
    label = "problem_report"
    verbose_name = _("Report a problem")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Citizens' feedback on pages, e-services and guide outcomes, routed to the owning department."""

    name = "feedback"
    verbose_name = _("Feedback")
    default_auto_field = "django.db.models.BigAutoField"

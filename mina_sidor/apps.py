from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinaSidorConfig(AppConfig):
    """Mina sidor: a signed-in citizen's own pages (their cases, and what each e-service type
    adds: drafts, bookings)."""

    name = "mina_sidor"
    verbose_name = _("My pages")
    default_auto_field = "django.db.models.BigAutoField"

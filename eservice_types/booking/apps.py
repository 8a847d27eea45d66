from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingConfig(AppConfig):
    """Appointment booking (tidsbokning): bookable resources, slots and bookings."""

    name = "eservice_types.booking"
    label = "booking"
    verbose_name = _("Appointment booking")
    default_auto_field = "django.db.models.BigAutoField"

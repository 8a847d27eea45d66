from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "eservice_types.contact"
    label = "eservice_contact"
    verbose_name = _("Contact e-service")

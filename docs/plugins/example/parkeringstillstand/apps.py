from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParkeringstillstandConfig(AppConfig):
    name = "parkeringstillstand"
    label = "eservice_parkeringstillstand"
    verbose_name = _("Parking permit for disabled people")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DepartmentsConfig(AppConfig):
    """The municipality's departments: internal owners of pages, cases, feedback and figures."""

    name = "departments"
    verbose_name = _("Departments")
    default_auto_field = "django.db.models.BigAutoField"

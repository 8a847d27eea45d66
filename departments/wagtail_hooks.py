"""Departments are edited as a snippet under Settings."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Department


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    menu_order = 250
    add_to_settings_menu = True
    list_display = ["name", "contact_email"]
    search_fields = ["name"]


register_snippet(DepartmentViewSet)

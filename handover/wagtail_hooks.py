"""Wagtail integration: case systems under Settings, and the list of failed hand-overs."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import CaseSystem


class CaseSystemViewSet(SnippetViewSet):
    model = CaseSystem
    icon = "link-external"
    menu_label = _("Case systems")
    menu_order = 260
    add_to_settings_menu = True
    list_display = ["name", "webhook_url", "active"]
    search_fields = ["name"]


register_snippet(CaseSystemViewSet)


class FailedHandoversMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_see_all(request.user)


@hooks.register("register_admin_urls")
def register_handover_urls():
    return [
        path("handovers/failed/", admin_views.failed_list, name="handover_failed"),
        path("handovers/<int:handover_id>/retry/", admin_views.retry, name="handover_retry"),
    ]


@hooks.register("register_settings_menu_item")
def register_failed_menu_item():
    return FailedHandoversMenuItem(
        _("Failed hand-overs"), reverse("handover_failed"), name="failed-handovers", icon_name="warning", order=270
    )

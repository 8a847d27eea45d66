"""Admin integration: the figures dashboard and the registration of other contacts, in the menu
of those whose permissions allow them (the views check again)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import access, views


class PermittedMenuItem(MenuItem):
    """A menu item shown to users with at least one of `permissions`."""

    def __init__(self, *args, permissions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return any(request.user.has_perm(permission) for permission in self.permissions)


@hooks.register("register_admin_urls")
def register_kpi_urls():
    return [
        path("figures/", views.dashboard, name="kpis_dashboard"),
        path("figures/<slug:name>.csv", views.export, name="kpis_export"),
        path("figures/contacts/", views.register_contacts, name="kpis_contacts"),
        path("figures/screens/", views.office_screens, name="kpis_screens"),
    ]


@hooks.register("register_admin_menu_item")
def register_figures_menu_item():
    return PermittedMenuItem(
        _("Figures"),
        reverse("kpis_dashboard"),
        name="figures",
        icon_name="table",
        order=170,
        permissions=[access.VIEW_FIGURES],
    )


@hooks.register("register_admin_menu_item")
def register_contacts_menu_item():
    return PermittedMenuItem(
        _("Other contacts"),
        reverse("kpis_contacts"),
        name="other-contacts",
        icon_name="user",
        order=171,
        permissions=[access.ADD_CONTACTS, access.VIEW_CONTACTS],
    )

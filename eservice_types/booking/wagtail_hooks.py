"""Admin integration: bookable resources as snippets, and the handlers' schedule."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from departments.models import Department

from . import admin_views
from .models import BookableResource


class BookableResourceViewSet(SnippetViewSet):
    model = BookableResource
    icon = "date"
    menu_label = _("Bookable resources")
    list_display = ["name", "department", "slot_minutes", "capacity"]


register_snippet(BookableResourceViewSet)


class ScheduleMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or Department.objects.for_user(request.user).exists()


@hooks.register("register_admin_urls")
def register_schedule_urls():
    return [path("bookings/", admin_views.schedule, name="booking_schedule")]


@hooks.register("register_admin_menu_item")
def register_schedule_menu_item():
    return ScheduleMenuItem(_("Bookings"), reverse("booking_schedule"), name="bookings", icon_name="date", order=155)

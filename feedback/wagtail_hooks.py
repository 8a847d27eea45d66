"""Admin integration: the feedback inbox in the Wagtail menu, and a Feedback tab on every page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList

from cms_pages.models.mixins import PAGE_EDITOR_TABS
from departments.models import Department

from . import admin_views
from .panels import PageFeedbackPanel


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or Department.objects.for_user(user).exists()


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path("feedback/", admin_views.inbox, name="feedback_inbox"),
        path("feedback/<int:feedback_id>/", admin_views.detail, name="feedback_detail"),
    ]


@hooks.register("register_admin_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(_("Feedback"), reverse("feedback_inbox"), name="feedback", icon_name="comment", order=160)


@hooks.register(PAGE_EDITOR_TABS)
def feedback_tab(page_model):
    return [ObjectList([PageFeedbackPanel()], heading=_("Feedback"))]

"""Admin integration: the editors' page reports, and labels of the translation editor in the
editor's language."""

import json

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms_pages.reports import MyDepartmentPagesView, PagesPastReviewView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/my-department/", MyDepartmentPagesView.as_view(), name="cms_pages_my_department_pages"),
        path(
            "reports/my-department/results/",
            MyDepartmentPagesView.as_view(results_only=True),
            name="cms_pages_my_department_pages_results",
        ),
        path("reports/past-review/", PagesPastReviewView.as_view(), name="cms_pages_pages_past_review"),
        path(
            "reports/past-review/results/",
            PagesPastReviewView.as_view(results_only=True),
            name="cms_pages_pages_past_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_my_department_menu_item():
    return MenuItem(
        _("My department's pages"),
        reverse("cms_pages_my_department_pages"),
        name="my-department-pages",
        icon_name="doc-full",
        order=50,
    )


@hooks.register("register_reports_menu_item")
def register_past_review_menu_item():
    return MenuItem(
        _("Pages past their review date"),
        reverse("cms_pages_pages_past_review"),
        name="pages-past-review",
        icon_name="time",
        order=51,
    )


@hooks.register("insert_editor_js")
def translation_editor_labels():
    """wagtail-localize's translation editor (and the page editor: the same hook) writes a few
    screen-reader labels in English whatever the editor's language; a script puts them in it."""
    labels = {"More actions": gettext("More actions")}
    return format_html(
        '<script src="{}" data-labels="{}" defer></script>',
        static("cms_pages/admin/editor_labels.js"),
        json.dumps(labels, ensure_ascii=False),
    )

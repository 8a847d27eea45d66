"""Admin reports for editors: their department's pages, and pages past their review date."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from cms_pages.models import OwnedPage
from departments.models import Department


class OwnedPagesReportView(PageReportView):
    results_template_name = "cms_pages/reports/owned_pages_results.html"
    header_icon = "doc-full"
    permission_required = "change"
    list_export = PageReportView.list_export + ["owning_department", "review_date"]
    export_headings = {
        **PageReportView.export_headings,
        "owning_department": _("Owning department"),
        "review_date": _("Review date"),
    }

    def base_queryset(self):
        return self.permission_policy.instances_user_has_permission_for(self.request.user, "change")

    def get_queryset(self):
        self.queryset = (
            self.filter_pages(self.base_queryset()).specific(defer=False).select_related("locale").order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        departments = {department.pk: department for department in Department.objects.all()}
        for page in object_list:
            page.department = departments.get(getattr(page, "owning_department_id", None))
        return object_list


class MyDepartmentPagesView(OwnedPagesReportView):
    page_title = _("My department's pages")
    index_url_name = "cms_pages_my_department_pages"
    index_results_url_name = "cms_pages_my_department_pages_results"

    def filter_pages(self, pages):
        departments = Department.objects.for_user(self.request.user)
        return pages.filter(OwnedPage.q_for_all_types("owning_department__in", departments))

    def get_filename(self):
        return f"my-department-pages-{datetime.date.today():%Y-%m-%d}"


class PagesPastReviewView(OwnedPagesReportView):
    page_title = _("Pages past their review date")
    header_icon = "time"
    index_url_name = "cms_pages_pages_past_review"
    index_results_url_name = "cms_pages_pages_past_review_results"

    def filter_pages(self, pages):
        return pages.filter(OwnedPage.q_for_all_types("review_date__lt", timezone.localdate()))

    def get_filename(self):
        return f"pages-past-review-{datetime.date.today():%Y-%m-%d}"


def pages_owned_by(user):
    """Pages of the user's departments (used by the dashboard panel)."""
    departments = Department.objects.for_user(user)
    return Page.objects.filter(OwnedPage.q_for_all_types("owning_department__in", departments))

"""Public pages of reported problems: the open reports of one e-service, and following one."""

from django import forms
from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from eservice_blocks.blocks import find_eservice_block
from foundations.ratelimit import allow
from foundations.responses import too_many_requests

from .models import Follower, ProblemReport
from .places import open_reports


class FollowForm(forms.Form):
    email = forms.EmailField(label="", widget=forms.EmailInput(attrs={"autocomplete": "email"}))


@require_http_methods(["GET", "HEAD"])
def public_list(request, page_id: int, block_id: str):
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    child = find_eservice_block(page, block_id)
    if child is None or child.block.meta.plugin_id != "problem_report" or not child.value.get("show_public_list"):
        raise Http404
    reports = open_reports(page, block_id).order_by("-created_at")[:200]
    return render(
        request, "eservice_blocks/problem_report/public_list.html", {"page": page, "child": child, "reports": reports}
    )


@require_POST
def follow(request, report_id: int):
    if not allow(request, "follow", settings.ESERVICE_SUBMISSIONS_PER_MINUTE):
        return too_many_requests(request)
    report = get_object_or_404(ProblemReport.objects.select_related("case"), pk=report_id)
    form = FollowForm(request.POST)
    if not form.is_valid() or not report.case.is_open:
        return render(
            request, "eservice_blocks/problem_report/followed.html", {"report": report, "invalid": True}, status=400
        )
    Follower.objects.get_or_create(
        report=report, email=form.cleaned_data["email"], defaults={"language": translation.get_language() or "sv"}
    )
    response = render(request, "eservice_blocks/problem_report/followed.html", {"report": report})
    response["Cache-Control"] = "private, no-store"
    return response


def public_list_url(page, block_id) -> str:
    return reverse("eservice_blocks:problem_report:open_reports", args=[page.pk, block_id])

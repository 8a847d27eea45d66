"""Public pages of reported problems: the open reports of one e-service, following one, and
confirming the follower's e-mail address."""

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
from foundations.responses import private, too_many_requests

from . import following
from .models import ProblemReport
from .places import open_reports

SECONDS_PER_HOUR = 3600


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
    if not allow(request, "follow", settings.ESERVICE_SUBMISSIONS_PER_MINUTE) or not allow(
        request, "follow-hour", settings.PROBLEM_REPORT_FOLLOWS_PER_CLIENT_PER_HOUR, SECONDS_PER_HOUR
    ):
        return too_many_requests(request)
    report = get_object_or_404(ProblemReport.objects.select_related("case"), pk=report_id)
    form = FollowForm(request.POST)
    if not form.is_valid() or not report.case.is_open:
        return private(
            render(
                request, "eservice_blocks/problem_report/followed.html", {"report": report, "invalid": True}, status=400
            )
        )
    try:
        state = following.request_follow(report, form.cleaned_data["email"], translation.get_language() or "sv")
    except following.FollowRefused as refused:
        context = {"report": report, "refused": refused.message}
        return private(render(request, "eservice_blocks/problem_report/followed.html", context, status=429))
    context = {
        "report": report,
        "state": state.value,
        "email": form.cleaned_data["email"],
        "confirm_hours": settings.PROBLEM_REPORT_FOLLOW_CONFIRM_HOURS,
    }
    return private(render(request, "eservice_blocks/problem_report/followed.html", context))


@require_http_methods(["GET", "HEAD", "POST"])
def follow_confirm(request, token: str):
    """The link in the confirmation e-mail. Opening it shows a button: mail scanners that open
    every link must not confirm an address on their own."""
    follower = following.follower_by_token(token)
    if follower is None:
        return private(render(request, "eservice_blocks/problem_report/follow_confirm.html", {}, status=404))
    if request.method == "POST":
        following.confirm(follower)
    context = {"follower": follower, "report": follower.report}
    return private(render(request, "eservice_blocks/problem_report/follow_confirm.html", context))


def public_list_url(page, block_id) -> str:
    return reverse("eservice_blocks:problem_report:open_reports", args=[page.pk, block_id])

"""Administrators' list of failed hand-overs, and retrying one (also from a handler's case)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import outbox, states
from .models import Handover, HandoverStatus

PERMISSION = "handover.retry_handover"


def may_see_all(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


def may_retry(user, handover: Handover) -> bool:
    """Administrators may retry any hand-over; a handler those of the subjects they handle
    (the subject says who that is with `handover_handled_by(user)`)."""
    if may_see_all(user):
        return True
    subject = handover.subject
    return subject is not None and hasattr(subject, "handover_handled_by") and subject.handover_handled_by(user)


def failed_list(request):
    if not may_see_all(request.user):
        raise PermissionDenied
    failed = Handover.objects.filter(status=HandoverStatus.FAILED).select_related("subject_type").order_by("failed_at")
    page = Paginator(failed, 50).get_page(request.GET.get("p"))
    rows = states.rows(page.object_list)
    for row in rows:
        subject = row["handover"].subject
        row["subject"] = subject
        row["subject_url"] = subject.handover_admin_url() if hasattr(subject, "handover_admin_url") else ""
    return TemplateResponse(request, "handover/admin/failed.html", {"page": page, "rows": rows})


@require_POST
def retry(request, handover_id: int):
    handover = Handover.objects.filter(pk=handover_id).first()
    if handover is None:
        raise Http404
    if not may_retry(request.user, handover):
        raise PermissionDenied
    outbox.retry(handover)
    messages.success(request, _("The hand-over will be tried again in a moment."))
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "handover_failed"
    return redirect(next_url)

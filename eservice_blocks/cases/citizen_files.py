"""The citizen's side of hand-overs: a message's file (a decision document) behind the case
link, and withdrawing the case."""

from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from foundations.responses import private, too_many_requests

from . import citizen, withdrawal
from .views import case_by_token


@require_safe
def message_file(request, token, message_id: int):
    try:
        case = case_by_token(request, token)
    except citizen.RateLimited:
        return too_many_requests(request)
    message = case.messages.filter(pk=message_id).exclude(attachment="").first()
    if message is None or case.personal_data_deleted_at:
        raise Http404
    response = FileResponse(
        message.attachment.open("rb"),
        as_attachment=True,
        filename=message.attachment_name,
        content_type="application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return private(response)


@require_http_methods(["GET", "HEAD", "POST"])
def withdraw(request, token):
    """A confirmation page, and the POST that withdraws the case."""
    try:
        case = case_by_token(request, token)
    except citizen.RateLimited:
        return too_many_requests(request)
    if not withdrawal.can_withdraw(case):
        return HttpResponseRedirect(reverse("eservice_blocks:case", args=[token]))
    if request.method == "POST":
        withdrawal.withdraw(case)
        return HttpResponseRedirect(reverse("eservice_blocks:case", args=[token]) + "?withdrawn=1")
    return private(render(request, "eservice_blocks/withdraw.html", {"case": case, "token": token}))

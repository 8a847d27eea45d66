"""The citizen's pages of a case: the receipt right after submitting, and the case page with
its status, messages and the reply form. The address carries the case's secret token."""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from foundations.ratelimit import allow
from foundations.responses import RETRY_AFTER_SECONDS, private, too_many_requests

from .. import promises
from ..forms import SENT_TOO_OFTEN, shown_again
from ..identification import signed_in_citizen
from ..registry import registry
from . import citizen
from .forms import CitizenReplyForm
from .models import Case


def case_by_token(request, token: str) -> Case:
    if not allow(request, "case", settings.CASE_VIEWS_PER_MINUTE):
        raise citizen.RateLimited
    case = Case.objects.by_token(token).select_related("department").first()
    if case is None:
        raise Http404
    return case


@require_http_methods(["GET", "HEAD"])
def receipt(request, token):
    try:
        case = case_by_token(request, token)
    except citizen.RateLimited:
        return too_many_requests(request)
    context = {
        "case": case,
        "token": token,
        "confirmation_text": citizen.confirmation_text(case),
        "owner_signed_in": _signed_in_owner(request, case),
        "answers_within_lead_time": True,
        **plugin_case_context(case, request),
    }
    return private(render(request, "eservice_blocks/receipt.html", context))


@require_http_methods(["GET", "HEAD", "POST"])
def case_page(request, token):
    try:
        case = case_by_token(request, token)
    except citizen.RateLimited:
        if request.method == "POST":
            return reply_sent_too_often(request)
        return too_many_requests(request)
    form = CitizenReplyForm()
    closed_meanwhile = False
    if request.method == "POST":
        form = CitizenReplyForm(request.POST, request.FILES)
        if not citizen.takes_replies(case):
            # Closed while the citizen was writing: keep their text on the page, say so.
            closed_meanwhile = True
            form = shown_again(form, citizen.closed_message(case))
            form.fields["body"].widget.attrs["readonly"] = True
        elif form.is_valid():
            uploads = form.cleaned_data.get("attachment") or []
            citizen.reply(case, form.cleaned_data["body"], uploads[0] if uploads else None)
            return HttpResponseRedirect(reverse("eservice_blocks:case", args=[token]) + "#messages")
    context = {
        "case": case,
        "token": token,
        "timeline": citizen.timeline(case),
        "estimate": promises.estimate(case),
        "promised_by": promises.promised_by(case) if case.status in promises.RUNNING else None,
        "messages_list": case.messages.all(),
        "form": form,
        "max_upload_mb": settings.CASE_ATTACHMENT_MAX_BYTES // (1024 * 1024),
        "notice": _("Your reply has been sent.") if request.GET.get("sent") else "",
        "attachments": case.attachments.all(),
        "owner_signed_in": _signed_in_owner(request, case),
        "closed_meanwhile": closed_meanwhile,
        "how_to_continue": citizen.how_to_continue(case) if closed_meanwhile else None,
        **plugin_case_context(case, request),
    }
    status = 409 if closed_meanwhile else 400 if form.is_bound and form.errors else 200
    return private(render(request, "eservice_blocks/case.html", context, status=status))


def reply_sent_too_often(request):
    """A reply over the rate limit: the reply form again with the citizen's text, to send in a
    minute. The case is not looked up (the limit is what makes guessing links slow), so the
    page is the same for every token."""
    form = shown_again(CitizenReplyForm(request.POST, request.FILES), SENT_TOO_OFTEN)
    context = {"form": form, "max_upload_mb": settings.CASE_ATTACHMENT_MAX_BYTES // (1024 * 1024)}
    response = render(request, "eservice_blocks/reply_sent_too_often.html", context, status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return private(response)


def _signed_in_owner(request, case) -> bool:
    citizen = signed_in_citizen(request)
    return bool(citizen and case.identity_hash and citizen.identity_hash == case.identity_hash)


def plugin_case_context(case, request) -> dict:
    """The plugin's part of a case page: its template and context, if the plugin is installed."""
    if case.service_type not in registry or case.personal_data_deleted_at:
        return {}
    plugin = registry.get(case.service_type)
    return {
        "plugin_case_template": plugin.citizen_case_template,
        "plugin_admin_case_template": plugin.admin_case_template,
        "plugin_receipt_template": plugin.receipt_template,
        "answers_within_lead_time": plugin.answers_within_lead_time,
        **plugin.case_context(case, request),
    }

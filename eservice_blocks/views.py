"""Citizen-facing views: submitting an e-service on its page, the receipt, and the case page."""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.blocks import StreamValue, StructValue
from wagtail.fields import StreamField

from .base import SubmissionRejected
from .blocks import EServiceBlock
from .cases import citizen
from .cases.forms import CitizenReplyForm
from .cases.models import Case
from .forms import form_prefix
from .identification import lock_identity_fields, requires_identification, signed_in_citizen
from .ratelimit import allow
from .services import submit


def find_eservice_block(page, block_id: str):
    """The e-service block with this id in any StreamField of the page (also inside other
    blocks, such as a guide's outcome), or None."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            found = _find_in_stream(getattr(page, field.name), block_id)
            if found is not None:
                return found
    return None


def _find_in_stream(stream, block_id: str):
    for child in stream:
        if child.id == block_id and isinstance(child.block, EServiceBlock):
            return child
        if isinstance(child.value, StructValue):
            for value in child.value.values():
                if isinstance(value, StreamValue):
                    found = _find_in_stream(value, block_id)
                    if found is not None:
                        return found
    return None


def handle_page_submission(request, page):
    """POST to a page that holds an e-service: a redirect to the receipt when the submission is
    valid, else the bound forms (with the citizen's input and errors) to render the page with."""
    block_id = request.POST.get("eservice_block_id", "")
    child = find_eservice_block(page.specific, block_id)
    if child is None:
        raise Http404
    if not allow(request, "submit", settings.ESERVICE_SUBMISSIONS_PER_MINUTE):
        return _too_many_requests(request)
    if requires_identification(child.value) and signed_in_citizen(request) is None:
        # Signed out meanwhile (idle), or never signed in: sign in, then back to the form.
        query = urlencode({"next": f"{page.url}#es-{child.id}"})
        return HttpResponseRedirect(f"{reverse('citizens:sign_in')}?{query}")
    return child.block.plugin.handle_post(request, page, child)


def submit_form(request, page, child):
    """Validate the e-service's form and store it as a case: a redirect to the receipt, or the
    bound form with the citizen's input and the errors."""
    plugin = child.block.plugin
    citizen = signed_in_citizen(request)
    form = plugin.get_form_class(child.value)(request.POST, request.FILES, prefix=form_prefix(child.id))
    lock_identity_fields(form, citizen)
    if not form.is_valid():
        return {child.id: form}
    try:
        result = submit(
            plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id, citizen=citizen
        )
    except SubmissionRejected as rejected:
        form.add_error(rejected.field, rejected.message)
        return {child.id: form}
    return HttpResponseRedirect(reverse("eservice_blocks:receipt", args=[result.access_token]))


def _too_many_requests(request):
    response = render(request, "eservice_blocks/too_many_requests.html", status=429)
    response["Retry-After"] = "60"
    return response


def _private(response: HttpResponse) -> HttpResponse:
    """Case pages are for one person: never indexed or cached, and their address (the token)
    is never sent to other sites as a Referer. Same-origin referrers stay, so that the reply
    form passes the CSRF origin check."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "same-origin"
    return response


def _case_or_404(request, token: str) -> Case:
    if not allow(request, "case", settings.CASE_VIEWS_PER_MINUTE):
        raise citizen.RateLimited
    case = Case.objects.by_token(token).select_related("department").first()
    if case is None:
        raise Http404
    return case


@require_http_methods(["GET", "HEAD"])
def receipt(request, token):
    try:
        case = _case_or_404(request, token)
    except citizen.RateLimited:
        return _too_many_requests(request)
    context = {"case": case, "token": token, "confirmation_text": citizen.confirmation_text(case)}
    return _private(render(request, "eservice_blocks/receipt.html", context))


@require_http_methods(["GET", "HEAD", "POST"])
def case_page(request, token):
    try:
        case = _case_or_404(request, token)
    except citizen.RateLimited:
        return _too_many_requests(request)
    form = CitizenReplyForm()
    if request.method == "POST":
        if not case.is_open or case.personal_data_deleted_at:
            raise Http404
        form = CitizenReplyForm(request.POST, request.FILES)
        if form.is_valid():
            uploads = form.cleaned_data.get("attachment") or []
            citizen.reply(case, form.cleaned_data["body"], uploads[0] if uploads else None)
            return HttpResponseRedirect(reverse("eservice_blocks:case", args=[token]) + "#messages")
    context = {
        "case": case,
        "token": token,
        "timeline": citizen.timeline(case),
        "messages_list": case.messages.all(),
        "form": form,
        "max_upload_mb": settings.CASE_ATTACHMENT_MAX_BYTES // (1024 * 1024),
        "notice": _("Your reply has been sent.") if request.GET.get("sent") else "",
        "attachments": case.attachments.all(),
        "owner_signed_in": _signed_in_owner(request, case),
        **plugin_case_context(case, request),
    }
    status = 400 if form.is_bound and form.errors else 200
    return _private(render(request, "eservice_blocks/case.html", context, status=status))


def _signed_in_owner(request, case) -> bool:
    citizen = signed_in_citizen(request)
    return bool(citizen and case.identity_hash and citizen.identity_hash == case.identity_hash)


def plugin_case_context(case, request) -> dict:
    """The plugin's part of a case page: its template and context, if the plugin is installed."""
    from .registry import registry

    if case.service_type not in registry or case.personal_data_deleted_at:
        return {}
    plugin = registry.get(case.service_type)
    return {
        "plugin_case_template": plugin.citizen_case_template,
        "plugin_admin_case_template": plugin.admin_case_template,
        **plugin.case_context(case, request),
    }

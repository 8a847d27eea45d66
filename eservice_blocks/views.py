"""The e-service POST: a page that holds an e-service delegates a submission here (through the
`before_serve_page` hook in `wagtail_hooks.py`), and the standard submit flow."""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode

from foundations.ratelimit import allow

from .base import SubmissionRejected
from .blocks import find_eservice_block
from .forms import SENT_TOO_OFTEN, form_prefix, shown_again, with_fresh_key
from .idempotency import KeyReused
from .identification import lock_identity_fields, requires_identification, signed_in_citizen
from .services import submit


@dataclass(frozen=True)
class SentTooOften:
    """Over the rate limit: `outcome` is the plugin's answer (`EServicePlugin.sent_too_often`),
    bound forms by block id to show the page again with, or a response of a flow's own; either
    is sent as 429 with Retry-After."""

    outcome: object


def handle_page_submission(request, page):
    """POST to a page that holds an e-service: a redirect to the receipt when the submission is
    valid, else the bound forms (with the citizen's input and errors) to render the page with,
    or `SentTooOften` over the rate limit."""
    block_id = request.POST.get("eservice_block_id", "")
    child = find_eservice_block(page.specific, block_id)
    if child is None:
        raise Http404
    if not allow(request, "submit", settings.ESERVICE_SUBMISSIONS_PER_MINUTE):
        return SentTooOften(child.block.plugin.sent_too_often(request, page, child))
    if requires_identification(child.value) and signed_in_citizen(request) is None:
        # Signed out meanwhile (idle), or never signed in: sign in, then back to the form.
        query = urlencode({"next": f"{page.url}#es-{child.id}"})
        return HttpResponseRedirect(f"{reverse('citizens:sign_in')}?{query}")
    outcome = child.block.plugin.handle_post(request, page, child)
    return submit_form(request, page, child) if outcome is None else outcome


def submit_form(request, page, child):
    """Validate the e-service's form and store it as a case: a redirect to the receipt, or the
    bound form with the citizen's input and the errors."""
    plugin = child.block.plugin
    citizen = signed_in_citizen(request)
    form = plugin.get_form_class(child.value)(request.POST, request.FILES, prefix=form_prefix(child.id))
    lock_identity_fields(form, citizen, plugin)
    if not form.is_valid():
        return {child.id: form}
    try:
        result = submit(
            plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id, citizen=citizen
        )
    except SubmissionRejected as rejected:
        form.add_error(rejected.field, rejected.message)
        return {child.id: form}
    except KeyReused as reused:
        return {child.id: with_fresh_key(form, reused.message)}
    return HttpResponseRedirect(reverse("eservice_blocks:receipt", args=[result.access_token]))


def kept_form(request, page, child):
    """The e-service's form bound to what was sent, shown again unchecked with the message to
    wait a minute (the default of `EServicePlugin.sent_too_often`)."""
    form = child.block.plugin.get_form_class(child.value)(request.POST, request.FILES, prefix=form_prefix(child.id))
    lock_identity_fields(form, signed_in_citizen(request), child.block.plugin)
    return {child.id: shown_again(form, SENT_TOO_OFTEN)}

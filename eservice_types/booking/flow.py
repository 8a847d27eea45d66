"""The booking form's POST on its page: the standard checks, a limit on how many times one
client may hold seats for unconfirmed addresses, and after booking either the receipt or, while
the address is unconfirmed, the case page that says to confirm it."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.forms import form_prefix
from eservice_blocks.identification import lock_identity_fields, signed_in_citizen
from eservice_blocks.services import submit
from foundations.ratelimit import allow
from foundations.responses import too_many_requests

from . import booking as bookings

SECONDS_PER_HOUR = 3600


def handle_post(plugin, request, page, child):
    citizen = signed_in_citizen(request)
    form = plugin.get_form_class(child.value)(request.POST, request.FILES, prefix=form_prefix(child.id))
    lock_identity_fields(form, citizen, plugin)
    if not form.is_valid():
        return {child.id: form}
    if citizen is None and not allow(request, "booking-hold", settings.BOOKING_HOLDS_PER_CLIENT_PER_HOUR,
                                     SECONDS_PER_HOUR):  # fmt: skip
        return too_many_requests(request)
    try:
        result = submit(
            plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id, citizen=citizen
        )
    except SubmissionRejected as rejected:
        form.add_error(rejected.field, rejected.message)
        return {child.id: form}
    held = bookings.active_booking(result.case)
    if held is not None and held.is_held:
        return HttpResponseRedirect(reverse("eservice_blocks:case", args=[result.access_token]) + "#booking-heading")
    return HttpResponseRedirect(reverse("eservice_blocks:receipt", args=[result.access_token]))

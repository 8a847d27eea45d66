"""The citizen's way through a report: the form, then (only when there is something to check)
a confirmation step with open reports nearby and the position found in a photo."""

import uuid
from types import SimpleNamespace

from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.forms import form_prefix, with_fresh_key
from eservice_blocks.idempotency import KeyReused
from eservice_blocks.identification import lock_identity_fields, signed_in_citizen
from eservice_blocks.services import submit
from eservice_blocks.views import kept_form
from foundations.responses import private

from . import pending as pending_reports
from .places import nearby

PENDING_FIELD = "pending"
CONFIRMED_TOO_OFTEN = gettext_lazy(
    "You have sent many times in a short while, so your report was not received. Wait a minute and send "
    "it again: your report and photos are kept."
)


def handle_post(plugin, request, page, child):
    prefix = form_prefix(child.id)
    token = request.POST.get(f"{prefix}-{PENDING_FIELD}", "")
    if token:
        return confirm(plugin, request, page, child, token)
    form_class = plugin.get_form_class(child.value)
    held_token = request.POST.get(f"{prefix}-{form_class.HELD_PHOTOS_FIELD}", "")
    held = pending_reports.load_photos(held_token, page, child.id)
    form = form_class(
        request.POST,
        request.FILES,
        prefix=prefix,
        held_photos=pending_reports.photos_of(held) if held else None,
        held_token=held_token if held else "",
    )
    lock_identity_fields(form, signed_in_citizen(request), plugin)
    if not form.is_valid():
        keep_photos(form, page, child, held)
        return {child.id: form}
    result = check_and_send(plugin, request, page, child, form)
    if held is not None and not isinstance(result, dict):
        pending_reports.discard(held)  # sent, or held again with the report for its last step
    return result


def keep_photos(form, page, child, held) -> None:
    """A form with errors: photos that passed their checks are kept with their token in the
    form, so the citizen need not choose them again; new photos replace those kept before."""
    chosen = form.files.getlist(form.add_prefix("photos"))
    new_photos = form.cleaned_data.get("photos") if chosen and "photos" not in form.errors else None
    if not new_photos:
        return
    form.held_token = pending_reports.hold_photos(page, child.id, new_photos)
    form.held_photos = new_photos
    if held is not None:
        pending_reports.discard(held)


def check_and_send(plugin, request, page, child, form):
    """A valid form: sent at once, or first shown with open reports nearby and the position
    found in a photo, for the citizen to confirm."""
    data = {key: value for key, value in form.cleaned_data.items() if key != "photos"}
    photos = form.cleaned_data.get("photos") or []
    photo_position = next((photo.gps for photo in photos if photo.gps), None)
    latitude, longitude = data.get("latitude"), data.get("longitude")
    if latitude is None and photo_position:
        latitude, longitude = photo_position
    near = nearby(
        page,
        child.id,
        data["category"],
        latitude,
        longitude,
        data.get("address", ""),
        child.value["duplicate_radius_m"],
    )
    offer_photo_position = photo_position is not None and data.get("latitude") is None
    if not near and not offer_photo_position:
        return _submit(plugin, request, page, child, data, photos, form)
    token = pending_reports.hold(page, child.id, data, photos)
    return _confirmation(request, page, child, token, data, photos, near)


def _confirmation(request, page, child, token, data, photos, near, error=""):
    """The step before sending: open reports nearby, and the position found in a photo."""
    photo_position = next((photo.gps for photo in photos if photo.gps), None)
    offer_photo_position = photo_position is not None and data.get("latitude") is None
    context = {
        "page": page,
        "child": child,
        "prefix": form_prefix(child.id),
        "token": token,
        "nearby": near,
        "photo_position": photo_position if offer_photo_position else None,
        "data": data,
        "photo_names": [photo.name for photo in photos],
        "error": error,
    }
    return private(render(request, "eservice_blocks/problem_report/confirm.html", context))


def sent_too_often(plugin, request, page, child):
    """Over the rate limit. A confirmation that was sent: its step again (the report is still
    held), with the message to wait. Else the form as it was sent."""
    held = pending_reports.load(request.POST.get(f"{form_prefix(child.id)}-{PENDING_FIELD}", ""), page, child.id)
    if held is None:
        return kept_form(request, page, child)
    data, photos = dict(held.data), pending_reports.photos_of(held)
    near = nearby(
        page,
        child.id,
        data["category"],
        data.get("latitude"),
        data.get("longitude"),
        data.get("address", ""),
        child.value["duplicate_radius_m"],
    )
    token = request.POST[f"{form_prefix(child.id)}-{PENDING_FIELD}"]
    return _confirmation(request, page, child, token, data, photos, near, error=CONFIRMED_TOO_OFTEN)


def confirm(plugin, request, page, child, token):
    held = pending_reports.load(token, page, child.id)
    if held is None:
        message = _("Your report waited too long and was not sent. Please fill it in again.")
        return {child.id: _fresh_form_with_error(plugin, child, None, message)}
    data = dict(held.data)
    photos = pending_reports.photos_of(held)
    if request.POST.get("use_photo_position") == "yes":
        position = next((photo.gps for photo in photos if photo.gps), None)
        if position:
            data["latitude"], data["longitude"] = position
    result = _submit(plugin, request, page, child, data, photos, None)
    if isinstance(result, HttpResponseRedirect):
        pending_reports.discard(held)
    return result


def _submit(plugin, request, page, child, data, photos, form):
    submission = SimpleNamespace(cleaned_data={**data, "photos": photos})
    try:
        result = submit(
            plugin=plugin,
            form=submission,
            block_value=child.value,
            page=page,
            block_id=child.id,
            citizen=signed_in_citizen(request),
        )
    except SubmissionRejected as rejected:  # signed out (idle) between the form and the confirmation
        if form is None:
            return {child.id: _fresh_form_with_error(plugin, child, rejected.field, rejected.message)}
        form.add_error(rejected.field, rejected.message)
        return {child.id: form}
    except KeyReused as reused:
        # The key came with another report: this one is shown again to send as a new case.
        if form is None:
            form = plugin.get_form_class(child.value)(
                _as_form_data(data, form_prefix(child.id)), prefix=form_prefix(child.id)
            )
            form.is_valid()
        return {child.id: with_fresh_key(form, reused.message)}
    return HttpResponseRedirect(reverse("eservice_blocks:receipt", args=[result.access_token]))


def _as_form_data(data: dict, prefix: str) -> QueryDict:
    """A held report's answers as the form's input again (its photos are not: they are chosen anew)."""
    form_data = QueryDict(mutable=True)
    for key, value in data.items():
        if value is not None:
            form_data[f"{prefix}-{key}"] = str(value)
    return form_data


def _fresh_form_with_error(plugin, child, field, message):
    """An empty form (with a new idempotency key, so it can be sent) that shows `message`.
    Django's add_error expects a bound form's cleaned_data; an empty one stands in for it."""
    form = plugin.get_form_class(child.value)(
        initial={"idempotency_key": uuid.uuid4().hex}, prefix=form_prefix(child.id)
    )
    form.cleaned_data = {}
    form.add_error(field, message)
    return form

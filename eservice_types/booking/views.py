"""The citizen's booking pages behind the case link: the .ics file, cancelling, moving, and
confirming the e-mail address (the link in the confirmation e-mail)."""

from functools import wraps

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.cases import citizen
from eservice_blocks.cases.views import case_by_token
from foundations.responses import private, too_many_requests

from . import booking as bookings
from . import confirmation
from .calendar import calendar_context
from .forms import RescheduleForm
from .ics import appointment_ics


def _booking_or_404(request, token):
    case = case_by_token(request, token)
    if case.service_type != "booking" or case.personal_data_deleted_at:
        raise Http404
    booking = bookings.active_booking(case)
    return case, booking


def _with_booking(view):
    """The view gets the case behind the citizen's link and its active booking (or None)."""

    @wraps(view)
    def wrapped(request, token):
        try:
            case, booking = _booking_or_404(request, token)
        except citizen.RateLimited:
            return too_many_requests(request)
        return view(request, token, case, booking)

    return wrapped


def _public_page_url(case) -> str:
    """The page the time was booked on (the same for everyone), else the site."""
    page = case.page.specific if case.page_id and case.page.live else None
    return page.full_url if page is not None and page.full_url else settings.SITE_BASE_URL.rstrip("/") + "/"


@require_http_methods(["GET", "HEAD"])
@_with_booking
def ics(request, token, case, booking):
    if booking is None:
        raise Http404
    description = _(
        "Reference %(reference)s. To change or cancel the time, use the link in your confirmation e-mail."
    ) % {"reference": case.reference}
    body = appointment_ics(booking, case, _public_page_url(case), description)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{case.reference}.ics"'
    return private(response)


@require_http_methods(["GET", "HEAD", "POST"])
@_with_booking
def cancel(request, token, case, booking):
    if booking is None:
        return HttpResponseRedirect(reverse("eservice_blocks:case", args=[token]))
    if request.method == "POST":
        bookings.cancel(booking)
        return HttpResponseRedirect(reverse("eservice_blocks:case", args=[token]) + "?cancelled=1")
    return private(render(request, "eservice_blocks/booking/cancel.html", {"case": case, "booking": booking}))


@require_http_methods(["GET", "HEAD", "POST"])
@_with_booking
def reschedule(request, token, case, booking):
    if booking is None:
        raise Http404
    form = RescheduleForm(request.POST or None, resource=booking.resource)
    if request.method == "POST" and form.is_valid():
        try:
            bookings.reschedule(booking, form.chosen_slot)
        except SubmissionRejected as rejected:
            form.add_error("slot", rejected.message)
        else:
            return HttpResponseRedirect(reverse("eservice_blocks:case", args=[token]) + "?moved=1")
    context = {
        "case": case,
        "booking": booking,
        "form": form,
        "calendar": calendar_context(booking.resource, request.GET),
        "chosen_slot": form["slot"].value(),
    }
    status = 400 if form.is_bound and form.errors else 200
    return private(render(request, "eservice_blocks/booking/reschedule.html", context, status=status))


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token, code):
    """Opening the link shows a button: mail scanners that open every link must not confirm an
    address on their own."""
    try:
        case = case_by_token(request, token)
    except citizen.RateLimited:
        return too_many_requests(request)
    if case.service_type != "booking" or not confirmation.code_matches(case, code):
        raise Http404
    booking = bookings.active_booking(case)
    if booking is None or case.personal_data_deleted_at:
        context = {"released": True, "page": case.page, "minutes": settings.BOOKING_HOLD_MINUTES}
        return private(render(request, "eservice_blocks/booking/confirm.html", context, status=410))
    if request.method == "POST" or not booking.is_held:
        if not confirmation.confirm(booking):
            return HttpResponseRedirect(request.path)
        return HttpResponseRedirect(reverse("eservice_blocks:case", args=[token]) + "?confirmed=1#booking-heading")
    return private(render(request, "eservice_blocks/booking/confirm.html", {"case": case, "booking": booking}))

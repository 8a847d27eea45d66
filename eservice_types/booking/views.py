"""The citizen's booking pages behind the case link: the .ics file, cancelling and moving."""

from functools import wraps

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.cases import citizen
from eservice_blocks.cases.views import case_by_token
from foundations.responses import private, too_many_requests

from . import booking as bookings
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


def _case_url(request, token) -> str:
    return request.build_absolute_uri(reverse("eservice_blocks:case", args=[token]))


@require_http_methods(["GET", "HEAD"])
@_with_booking
def ics(request, token, case, booking):
    if booking is None:
        raise Http404
    response = HttpResponse(appointment_ics(booking, case, _case_url(request, token)), content_type="text/calendar")
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

"""The handlers' schedule: a resource's bookings for a day or a week."""

from datetime import date, timedelta

from django.template.response import TemplateResponse
from django.utils import timezone

from .models import BookableResource, Booking
from .slots import slots_on


def resources_for(user):
    return BookableResource.objects.for_handler(user).select_related("department")


def schedule(request):
    resources = list(resources_for(request.user))
    chosen = next(
        (r for r in resources if str(r.pk) == request.GET.get("resource")), resources[0] if resources else None
    )
    try:
        day = date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        day = timezone.localdate()
    view = "week" if request.GET.get("view") == "week" else "day"
    first = day - timedelta(days=day.weekday()) if view == "week" else day
    days = [first + timedelta(days=offset) for offset in range(7 if view == "week" else 1)]
    schedule_days = []
    if chosen is not None:
        zone = timezone.get_current_timezone()
        start = timezone.datetime.combine(days[0], timezone.datetime.min.time()).replace(tzinfo=zone)
        end = timezone.datetime.combine(days[-1] + timedelta(days=1), timezone.datetime.min.time()).replace(tzinfo=zone)
        bookings = (
            Booking.objects.active()
            .filter(resource=chosen, starts_at__gte=start, starts_at__lt=end)
            .select_related("case")
            .order_by("starts_at", "seat")
        )
        by_day: dict = {}
        for booking in bookings:
            by_day.setdefault(timezone.localdate(booking.starts_at), []).append(booking)
        schedule_days = [{"date": d, "bookings": by_day.get(d, [])} for d in days]
    context = {
        "resources": resources,
        "resource": chosen,
        "day": day,
        "view": view,
        "days": schedule_days,
        "previous": days[0] - timedelta(days=7 if view == "week" else 1),
        "next": days[0] + timedelta(days=7 if view == "week" else 1),
        "free_today": sum(slot.free for slot in slots_on(chosen, day)) if chosen and view == "day" else None,
    }
    return TemplateResponse(request, "eservice_blocks/booking/admin/schedule.html", context)

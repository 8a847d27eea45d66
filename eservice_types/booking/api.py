"""The free times of a bookable resource, for API clients that show their own calendar."""

from datetime import date, timedelta

from django.utils import timezone

from .slots import days_from, slots_on

DAYS_SHOWN = 14


def free_times(resource, request) -> dict:
    if resource is None:
        return {"slot_minutes": None, "days": []}
    today = timezone.localdate()
    try:
        first = min(max(date.fromisoformat(request.query_params.get("from", "")), today), today + timedelta(days=366))
    except ValueError:
        first = today
    days = []
    for day in days_from(resource, first, DAYS_SHOWN):
        slots = [slot for slot in slots_on(resource, day.date) if slot.free > 0] if day.free_slots else []
        days.append(
            {
                "date": day.date.isoformat(),
                "closed_reason": str(day.closed_reason),
                "slots": [
                    {
                        "slot": slot.key,
                        "starts_at": slot.starts_at.isoformat(),
                        "ends_at": slot.ends_at.isoformat(),
                        "free_seats": slot.free,
                    }
                    for slot in slots
                ],
            }
        )
    return {
        "slot_minutes": resource.slot_minutes,
        "next_from": (first + timedelta(days=DAYS_SHOWN)).isoformat(),
        "days": days,
    }

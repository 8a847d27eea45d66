"""Demo appointment booking (`demo/data/eservices/booking.yaml`): building-permit advice for
homeowners and businesses, and the citizen service desk for new residents."""

from datetime import time, timedelta

from django.utils import timezone

from demo.data import load, weekly_hours

_data = load("eservices/booking")
RESOURCES = {
    key: {
        **resource,
        "hours": [
            (weekday, time.fromisoformat(opens), time.fromisoformat(closes))
            for weekday, opens, closes in weekly_hours(resource["hours"])
        ],
    }
    for key, resource in _data["resources"].items()
}


def prepare(departments):
    from eservice_types.booking.models import BookableResource, ClosedDay, OpeningHours

    for data in RESOURCES.values():
        resource, created = BookableResource.objects.get_or_create(
            name=data["name"],
            defaults={
                "location": data["location"],
                "department": departments[data["department"]],
                "slot_minutes": data["slot_minutes"],
                "capacity": data["capacity"],
                "horizon_days": data["horizon_days"],
                "notice_hours": data["notice_hours"],
            },
        )
        if created:
            for weekday, opens, closes in data["hours"]:
                OpeningHours.objects.create(resource=resource, weekday=weekday, opens=opens, closes=closes)
            # A staff training day a fortnight from now: closed, shown as such in the calendar.
            ClosedDay.objects.create(
                resource=resource, date=timezone.localdate() + timedelta(days=14), reason="Personalutbildning"
            )


def resource_id(key: str):
    def look_up():
        from eservice_types.booking.models import BookableResource

        return BookableResource.objects.get(name=RESOURCES[key]["name"]).pk

    return look_up


def _with_resource_ids(pages: list[dict]) -> list[dict]:
    """The file names a booking block's resource by its key; the block needs its id, known once it exists."""
    for page in pages:
        for block in page["body"]:
            if block["type"] == "eservice_booking":
                block["value"]["resource"] = resource_id(block["value"]["resource"])
    return pages


PAGES = _with_resource_ids(_data["pages"])

"""Demo report-a-problem (`demo/data/eservices/problem_report.yaml`): street lighting, potholes,
graffiti and littering, with a few open reports around Storgatan so that the duplicate check and the
public list have something to show."""

import uuid
from datetime import timedelta

from django.utils import timezone

from demo.data import load

_data = load("eservices/problem_report")
#: (key, label, department key)
CATEGORIES = [(category["key"], category["label"], category["department"]) for category in _data["categories"]]
_IDS = uuid.UUID("0b7e4f2c-5d7a-4f3e-9a51-3c0f3d4e9a10")

#: Open demo reports: (category key, address, latitude, longitude, description, days ago)
DEMO_REPORTS = [
    tuple(report[field] for field in ("category", "address", "latitude", "longitude", "description", "days_ago"))
    for report in _data["reports"]
]

_departments = {}


def prepare(departments):
    _departments.update(departments)


def _categories():
    return [
        {
            "type": "item",
            "id": str(uuid.uuid5(_IDS, key)),
            "value": {"key": key, "label": label, "department": lambda key=dept: _departments[key].pk},
        }
        for key, label, dept in CATEGORIES
    ]


def _with_categories(pages: list[dict]) -> list[dict]:
    """Every problem-report form offers all the categories (their departments known once the demo loads)."""
    for page in pages:
        for block in page["body"]:
            if block["type"] == "eservice_problem_report":
                block["value"]["categories"] = _categories
    return pages


PAGES = _with_categories(_data["pages"])


def populate(pages_by_slug):
    """The open demo reports, through the same submit path as a citizen's (once)."""
    from types import SimpleNamespace

    from eservice_blocks.registry import registry
    from eservice_blocks.services import submit
    from eservice_types.problem_report.models import ProblemReport

    page = pages_by_slug["felanmalan"].specific
    if ProblemReport.objects.filter(page=page).exists():
        return
    child = page.body[0]
    plugin = registry.get("problem_report")
    for number, (key, address, latitude, longitude, description, days_ago) in enumerate(DEMO_REPORTS):
        form = SimpleNamespace(
            cleaned_data={
                "idempotency_key": uuid.uuid5(_IDS, f"demo-report-{number}").hex,
                "category": key,
                "description": description,
                "address": address,
                "latitude": latitude,
                "longitude": longitude,
                "name": "",
                "email": "",
                "photos": [],
            }
        )
        case = submit(plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id).case
        received = timezone.now() - timedelta(days=days_ago)
        type(case).objects.filter(pk=case.pk).update(received_at=received)
        ProblemReport.objects.filter(case=case).update(created_at=received)

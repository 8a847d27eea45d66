"""Demo report-a-problem: street lighting, potholes, graffiti and littering, with a few open
reports around Storgatan so that the duplicate check and the public list have something to show."""

import uuid
from datetime import timedelta

from django.utils import timezone

T = dict

CATEGORIES = [
    ("gatubelysning", T(sv="Gatubelysning", en="Street lighting", ar="إنارة الشوارع"), "sbf"),
    ("hal-i-vagen", T(sv="Hål i vägen", en="Pothole", ar="حفرة في الطريق"), "sbf"),
    ("klotter", T(sv="Klotter", en="Graffiti", ar="كتابة على الجدران"), "sbf"),
    ("nedskrapning", T(sv="Nedskräpning", en="Litter", ar="رمي النفايات"), "klf"),
]
_IDS = uuid.UUID("0b7e4f2c-5d7a-4f3e-9a51-3c0f3d4e9a10")

# Open demo reports: (category key, address, latitude, longitude, description, days ago)
DEMO_REPORTS = [
    ("gatubelysning", "Storgatan 12", 59.33000, 18.07000, "Gatlampan utanför porten är släckt.", 2),
    ("hal-i-vagen", "Kyrkvägen vid busshållplatsen", 59.33150, 18.06620, "Djupt hål i asfalten.", 5),
    ("klotter", "Gångtunneln under Järnvägsgatan", 59.32880, 18.07410, "Nytt klotter på väggen.", 1),
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


PAGES = [
    {
        "parent": "husagare",
        "slug": "felanmalan",
        "en_slug": "report-a-problem",
        "department": "sbf",
        "also_for": ["ny-i-kommunen", "foretagare"],
        "title": T(sv="Felanmälan", en="Report a problem", ar="الإبلاغ عن مشكلة"),
        "intro": T(
            sv="Trasig gatlampa, hål i vägen, klotter eller skräp? Berätta var, gärna med ett foto, så åtgärdar vi det.",
            en="A broken street light, a pothole, graffiti or litter? Tell us where, with a photo if you can, and we will fix it.",
            ar="مصباح شارع معطّل أو حفرة في الطريق أو كتابة على الجدران أو نفايات؟ أخبرنا بالمكان، ويُفضّل مع صورة، وسنصلح المشكلة.",
        ),
        "body": [
            {
                "type": "eservice_problem_report",
                "value": {
                    "title": T(sv="Gör en felanmälan", en="Report a problem", ar="أبلغ عن مشكلة"),
                    "intro": T(
                        sv="Akuta fel som vattenläckor anmäler du dygnet runt på 0123-45 60 90.",
                        en="Report urgent faults such as water leaks around the clock on 0123-45 60 90.",
                        ar="أبلغ عن الأعطال العاجلة مثل تسرّب المياه على مدار الساعة على الرقم 0123-45 60 90.",
                    ),
                    "confirmation_text": T(
                        sv="Tack! Vi tittar på anmälan inom fem arbetsdagar.",
                        en="Thank you! We will look at your report within five working days.",
                        ar="شكرًا لك! سننظر في بلاغك خلال خمسة أيام عمل.",
                    ),
                    "expected_lead_time_days": 5,
                    "retention_days": 365,
                    "duplicate_radius_m": 50,
                    "show_public_list": True,
                    "categories": _categories,
                },
            }
        ],
    }
]


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

"""Six months of anonymous history for the figures and office screens: closed cases with lead
times that shorten over time, feedback that grows more positive, and contacts the contact
centre registered from other channels. Deterministic (a seeded generator) and created once."""

import random
import uuid
from datetime import timedelta

from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, Concat, ExtractYear, LPad
from django.utils import timezone

WEEKS = 26
#: (service type, page slug, cases per week at the start, median lead time in days at the start)
SERVICES = [
    ("contact", "sophamtning", 14, 4),
    ("problem_report", "felanmalan", 10, 9),
    ("booking", "boka-tid-medborgarkontoret", 12, 1),
    ("application", "ansok-om-bygglov", 3, 40),
]
COMMENTS = {
    True: ["Tydligt och enkelt, tack!", "Hittade direkt det jag behövde.", "Smidig e-tjänst."],
    False: [
        "Jag hittar inte öppettiderna.",
        "Det är oklart vilka bilagor som behövs.",
        "Sidan borde säga hur lång tid det tar.",
        "Fick inget svar på min fråga.",
    ],
}
MARKER = "demo-history"


def create_history(pages_by_slug) -> int:
    from eservice_blocks.cases.models import Case, CaseStatus
    from feedback.models import Feedback
    from kpis.models import NonDigitalContact

    if Case.objects.filter(block_id=MARKER).exists():
        return 0
    rng = random.Random(2026)
    now = timezone.now()
    cases, answers, contacts = [], [], []
    for week in range(WEEKS, -1, -1):
        progress = (WEEKS - week) / WEEKS  # 0 at the start, 1 now
        for service_type, slug, per_week, median in SERVICES:
            page = pages_by_slug[slug].specific
            department = page.owning_department
            for _ in range(round(per_week * (1 + progress))):
                received = now - timedelta(days=7 * week + rng.uniform(0.05, 7))
                lead = timedelta(days=max(0.2, rng.lognormvariate(0, 0.5) * median * (1 - 0.4 * progress)))
                decided = received + lead if received + lead < now else None
                cases.append(
                    Case(
                        access_token_hash=uuid.UUID(int=rng.getrandbits(128)).hex * 2,
                        service_type=service_type,
                        service_title=page.title,
                        subject=page.title,
                        department=department,
                        page=page,
                        block_id=MARKER,
                        status=CaseStatus.CLOSED if decided else CaseStatus.IN_PROGRESS,
                        received_at=received,
                        first_response_at=received + lead / 3 if decided else None,
                        decided_at=decided,
                        closed_at=decided,
                        retention_until=decided + timedelta(days=365) if decided else None,
                        personal_data_deleted_at=decided,
                    )
                )
            for _ in range(round(per_week * 1.5)):
                helpful = rng.random() < 0.6 + 0.25 * progress
                comment = rng.choice(COMMENTS[helpful]) if rng.random() < 0.3 else ""
                answers.append(
                    Feedback(
                        page=page,
                        department=department,
                        helpful=helpful,
                        comment=comment,
                        created_at=now - timedelta(days=7 * week + rng.uniform(0.05, 7)),
                        status="acted_on" if week > 2 else "new",
                    )
                )
            contacts.append(
                NonDigitalContact(
                    department=department,
                    topic=service_type,
                    channel=rng.choice(["phone", "visit", "email", "letter"]),
                    count=round(per_week * (1.6 - 1.0 * progress)),
                    date=timezone.localdate(now - timedelta(weeks=week)),
                )
            )
    _guide_sessions(rng, now)
    Case.objects.bulk_create(cases, batch_size=500)
    Feedback.objects.bulk_create(answers, batch_size=500)
    NonDigitalContact.objects.bulk_create(contacts)
    # References like a citizen's case, from the primary key (as `Case.assign_reference`).
    Case.objects.filter(block_id=MARKER).update(
        reference=Concat(
            Value("KP-"),
            Cast(ExtractYear("received_at"), CharField()),
            Value("-"),
            LPad(Cast(F("pk"), CharField()), 6, Value("0")),
            output_field=CharField(),
        )
    )
    return len(cases)


def _guide_sessions(rng, now) -> None:
    """Daily guide counters: sessions started, and the outcome each finished one reached."""
    from cms_pages.guides.figures import GuideCount
    from cms_pages.models import GuidePage

    counts = []
    for guide in GuidePage.objects.live().filter(locale__language_code="sv"):
        graph = guide.graph()
        outcomes = list(graph.outcomes)
        for days_ago in range(WEEKS * 7):
            day = timezone.localdate(now - timedelta(days=days_ago))
            started = rng.randint(3, 12)
            counts.append(GuideCount(guide=guide, day=day, kind=GuideCount.ANSWERED, key=graph.start, count=started))
            ended: dict[str, int] = {}
            for _ in range(started - rng.randint(0, 2)):
                key = rng.choice(outcomes)
                ended[key] = ended.get(key, 0) + 1
            counts.extend(
                GuideCount(guide=guide, day=day, kind=GuideCount.OUTCOME, key=key, count=n) for key, n in ended.items()
            )
    GuideCount.objects.bulk_create(counts, batch_size=1000, ignore_conflicts=True)

"""Which important messages a page shows now, and when that next changes.

The messages of a language are read from the database once per change (cached in the tree
cache's own scope, bumped when a message is saved), and filtered by the clock on each request,
so a message appears and disappears on the minute of its period, cached or not: the frontend
cache may keep a page only until the next start or end (`seconds_until_change`).
"""

from datetime import datetime

from django.conf import settings
from django.utils import timezone

from cms_pages.models import AudiencePage
from cms_pages.models.mixins import AudienceTaggedPage
from foundations import tree_cache

from .models import ImportantMessage

SCOPE = "alerts"


def _load() -> list[dict]:
    now = timezone.now()
    found = []
    queryset = (
        ImportantMessage.objects.filter(active=True)
        .exclude(valid_until__lte=now)
        .select_related("locale", "link_page")
        .prefetch_related("audiences")
    )
    for message in queryset:
        found.append(
            {
                "id": message.pk,
                "translation_key": str(message.translation_key),
                "language": message.locale.language_code,
                "headline": message.headline,
                "text": message.text,
                "severity": message.severity,
                "alert": message.is_alert,
                "link": message.link,
                "link_text": message.link_text,
                "valid_from": message.valid_from.timestamp(),
                "valid_until": message.valid_until.timestamp() if message.valid_until else None,
                "audiences": sorted(str(audience.translation_key) for audience in message.audiences.all()),
            }
        )
    return found


def _all() -> list[dict]:
    return tree_cache.cached("important-messages", _load, scope=SCOPE)


def _in_language(messages: list[dict], language: str) -> list[dict]:
    """One version of each message: in `language` if translated, else in the site's language."""
    chosen: dict[str, dict] = {}
    for message in messages:
        key = message["translation_key"]
        if message["language"] == language or (key not in chosen and message["language"] == settings.LANGUAGE_CODE):
            chosen[key] = message
    return list(chosen.values())


def page_audiences(page) -> set[str]:
    """Translation keys of the audiences a page belongs to: itself if it is an audience page,
    the audience page it sits under, and the audiences it is tagged for."""
    if page is None or not getattr(page, "pk", None):
        return set()

    def build():
        keys = set(
            AudiencePage.objects.filter(path__in=[page.path[:n] for n in range(4, len(page.path) + 1, 4)]).values_list(
                "translation_key", flat=True
            )
        )
        specific = page.specific
        if isinstance(specific, AudienceTaggedPage):
            keys |= set(specific.audiences.values_list("translation_key", flat=True))
        return sorted(str(key) for key in keys)

    return set(tree_cache.cached(f"page-audiences:{page.pk}", build))


def for_page(page, language: str, now: datetime | None = None) -> list[dict]:
    """The messages to show on `page` (None: a page outside the tree, such as search) now,
    critical first."""
    moment = (now or timezone.now()).timestamp()
    running = [
        message
        for message in _in_language(_all(), language)
        if message["valid_from"] <= moment and (message["valid_until"] is None or message["valid_until"] > moment)
    ]
    # The page's audiences are looked up only when an audience message is running.
    audiences = page_audiences(page) if any(message["audiences"] for message in running) else set()
    shown = [message for message in running if not message["audiences"] or audiences & set(message["audiences"])]
    order = {"critical": 0, "warning": 1, "info": 2}
    return sorted(shown, key=lambda message: (order[message["severity"]], -message["valid_from"]))


def seconds_until_change(now: datetime | None = None) -> float | None:
    """Seconds until a message starts or ends (None: nothing scheduled)."""
    moment = (now or timezone.now()).timestamp()
    upcoming = [
        boundary
        for message in _all()
        for boundary in (message["valid_from"], message["valid_until"])
        if boundary is not None and boundary > moment
    ]
    return min(upcoming) - moment if upcoming else None


def changed() -> None:
    tree_cache.invalidate(SCOPE)

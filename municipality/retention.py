"""How long the site keeps personal data: each live e-service with its own retention setting,
read from the pages that hold it, for the personal data page's table."""

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.blocks import StreamValue, StructValue
from wagtail.fields import StreamField
from wagtail.models import get_page_models

from eservice_blocks.blocks import DEFAULT_RETENTION_DAYS, EServiceBlock
from foundations.pages import exclude_restricted
from foundations.tree_cache import cached


def _stream_children(stream):
    """Children of a stream, and of streams nested in them (a guide outcome's e-service)."""
    for child in stream:
        yield child
        if isinstance(child.value, StructValue):
            for value in child.value.values():
                if isinstance(value, StreamValue):
                    yield from _stream_children(value)


def _stream_field_names(model) -> list[str]:
    return [field.name for field in model._meta.get_fields() if isinstance(field, StreamField)]


def _eservice_rows(home_path: str) -> list[dict]:
    rows, seen = [], set()
    for model in get_page_models():
        names = _stream_field_names(model)
        if not names or model._meta.abstract:
            continue
        pages = exclude_restricted(model.objects.live().filter(path__startswith=home_path)).order_by("path")
        for page in pages:
            for name in names:
                for child in _stream_children(getattr(page, name)):
                    if not isinstance(child.block, EServiceBlock) or (page.pk, child.id) in seen:
                        continue
                    seen.add((page.pk, child.id))
                    rows.append(
                        {
                            "title": str(child.value.get("title") or page.title),
                            "kind": str(child.block.plugin.label),
                            "url": f"{page.url or ''}#es-{child.id}",
                            "days": child.value.get("retention_days") or DEFAULT_RETENTION_DAYS,
                        }
                    )
    return sorted(rows, key=lambda row: row["title"].lower())


def _other_rows() -> list[dict]:
    rows = []
    if apps.is_installed("feedback"):
        rows.append(
            {
                "title": _("Feedback on a page (your e-mail address and comment)"),
                "kind": _("Feedback"),
                "url": "",
                "days": settings.FEEDBACK_RETENTION_DAYS,
            }
        )
    return rows


def retention_rows(home_path: str) -> list[dict]:
    """One row per e-service under the home page at `home_path` (one site in one language): its
    title, type, link and the days its personal data is kept after the case is closed; then the
    site's other personal data. Cached until the next publish."""
    return cached(f"municipality:retention:{home_path}", lambda: _eservice_rows(home_path) + _other_rows())

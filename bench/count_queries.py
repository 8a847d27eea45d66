"""Count SQL queries for one page, then tag N more pages for that audience and count again.

Runs against the database in DATABASE_URL (the benchmark's). Prints one JSON line.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")


def main(path: str, extra: int) -> None:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from cms_pages.models import AudiencePage, InformationPage
    from foundations import tree_cache

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")

    def count(warm: bool) -> tuple[int, int]:
        client.get(path)  # a running site: image renditions exist, sites and locales are cached
        if not warm:
            tree_cache.invalidate(tree_cache.TREE)  # as right after an editor publishes
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, response.status_code
        return len(captured), response.content.count(b'class="page-list__item"')

    cold_before, listed_before = count(warm=False)
    before, _ = count(warm=True)
    audience = Page.objects.get(url_path__endswith=path).specific
    other = AudiencePage.objects.live().filter(locale=audience.locale).exclude(pk=audience.pk).first()
    for number in range(extra):
        page = InformationPage(title=f"Benchmarksida {number}", slug=f"bench-{number}", intro="Text.")
        other.add_child(instance=page)
        page.audiences.add(audience)
        page.save_revision().publish()
    cold_after, listed_after = count(warm=False)
    after, _ = count(warm=True)
    print(
        json.dumps(
            {
                "cold_before": cold_before,
                "cold_after": cold_after,
                "before": before,
                "after": after,
                "listed_before": listed_before,
                "listed_after": listed_after,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

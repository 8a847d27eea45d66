"""Count SQL queries for the everyday content pages, right after a publish and with warm caches.

Runs against the database in DATABASE_URL (the benchmark's). Prints one JSON line per path.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")


def main(paths: list[str]) -> None:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from foundations import tree_cache

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")

    def count(path: str, warm: bool) -> int:
        client.get(path)  # a running site: image renditions exist, sites and locales are cached
        if not warm:
            tree_cache.invalidate(tree_cache.TREE)  # as right after an editor publishes
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return len(captured)

    for path in paths:
        print(json.dumps({"path": path, "after_publish": count(path, warm=False), "cached": count(path, warm=True)}))


if __name__ == "__main__":
    main(sys.argv[1:])

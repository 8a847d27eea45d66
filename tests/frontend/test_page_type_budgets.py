"""Every anonymous page type of the demo held to its query budget (the list and the budgets are
the page benchmark's, bench/page_types.py): a later change that adds a query per request fails here."""

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "page_types.py"
spec = importlib.util.spec_from_file_location("page_types", SCRIPT)
page_types = importlib.util.module_from_spec(spec)
spec.loader.exec_module(page_types)


@pytest.mark.parametrize("page_type", page_types.PAGE_TYPES)
def test_every_page_type_keeps_its_query_budget(client, demo, page_type):
    url = page_types.PAGE_TYPES[page_type]()

    warm, after_publish = page_types.count_queries(client, url)

    assert warm <= page_types.warm_budget(page_type), (url, warm)
    assert after_publish <= page_types.AFTER_PUBLISH, (url, after_publish)

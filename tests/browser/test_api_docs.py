"""The API's documentation page works in a real browser under the site's Content-Security-Policy,
with no request leaving the server (Swagger UI is served from our own static files)."""

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser


def test_the_documentation_page_lists_the_operations_without_csp_violations(phone, site_url):
    violations, foreign = [], []
    phone.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    phone.on(
        "request",
        lambda request: foreign.append(request.url) if urlparse(request.url).hostname != "127.0.0.1" else None,
    )

    phone.goto(f"{site_url}/api/docs/")
    phone.wait_for_selector(".opblock-summary-path", timeout=20000)

    paths = phone.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/eservices/{page_id}/{block_id}/submissions/" in path for path in paths)
    assert any("/api/v1/case/" in path for path in paths)
    assert violations == [] and foreign == []

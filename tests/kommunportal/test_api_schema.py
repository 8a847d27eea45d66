"""Real responses for the demo municipality conform to the served OpenAPI schema: every page,
e-service and guide in every language, and a submission followed to its case."""

import pytest
import requests
import schemathesis
from schemathesis.core.transport import Response
from wagtail.models import Page

from cms_pages.models import GuidePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_schema(client, demo):
    return schemathesis.openapi.from_dict(client.get("/api/schema/?format=json").json())


def check(schema, template, method, response, url="http://testserver/"):
    """Raise when the response breaks the schema of the operation `method template`."""
    schema[template][method].validate_response(
        Response(
            status_code=response.status_code,
            headers={name.lower(): [value] for name, value in response.items()},
            content=response.content,
            request=requests.Request(method, url).prepare(),
            elapsed=0.0,
            message="",
            encoding="utf-8",
            http_version="1.1",
            verify=True,
        )
    )


def test_a_response_that_breaks_the_schema_is_caught(client, api_schema, demo):
    response = client.get(f"/api/v1/pages/{demo.pk}/")
    response.content = response.content.replace(b'"breadcrumbs":[]', b'"breadcrumbs":"none"')

    with pytest.raises(AssertionError):
        check(api_schema, "/api/v1/pages/{id}/", "GET", response)


def test_every_demo_page_and_its_eservices_conform(client, api_schema):
    checked_eservices = 0
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(f"/api/v1/pages/{page.pk}/")
        check(api_schema, "/api/v1/pages/{id}/", "GET", response)
        for block in response.json().get("body", []):
            if block["type"].startswith("eservice_"):
                detail = client.get(block["value"]["api_url"])
                check(api_schema, "/api/v1/eservices/{page_id}/{block_id}/", "GET", detail)
                checked_eservices += 1
    assert checked_eservices >= 5


def test_navigation_lists_and_search_conform_in_every_language(client, api_schema):
    for locale in ("sv", "en", "ar"):
        check(api_schema, "/api/v1/navigation/", "GET", client.get("/api/v1/navigation/", {"locale": locale}))
        check(api_schema, "/api/v1/pages/", "GET", client.get("/api/v1/pages/", {"locale": locale}))
        check(api_schema, "/api/v1/search/", "GET", client.get("/api/v1/search/", {"locale": locale, "q": "förskola"}))


def test_guides_and_their_steps_conform(client, api_schema):
    guides = GuidePage.objects.live()
    assert guides.exists()
    for guide in guides:
        data = client.get(f"/api/v1/guides/{guide.pk}/")
        check(api_schema, "/api/v1/guides/{id}/", "GET", data)
        first_answer = data.json()["questions"][0]["answers"][0]["value"]
        step = client.post(
            f"/api/v1/guides/{guide.pk}/answers/", {"answers": [first_answer]}, content_type="application/json"
        )
        check(api_schema, "/api/v1/guides/{id}/answers/", "POST", step)


def test_a_submission_and_the_case_conform(client, api_schema):
    contact = next(
        block["value"]["api_url"]
        for page in Page.objects.live().filter(depth__gt=1, locale__language_code="sv")
        for block in client.get(f"/api/v1/pages/{page.pk}/").json().get("body", [])
        if block["type"] == "eservice_contact"
    )
    submit_url = client.get(contact).json()["submit_url"]
    answers = {"subject": "Fråga", "message": "Hej!", "answer_by": "email", "email": "anna@exempel.se"}

    invalid = client.post(submit_url, {}, content_type="application/json")
    check(api_schema, "/api/v1/eservices/{page_id}/{block_id}/submissions/", "POST", invalid)
    created = client.post(submit_url, answers, content_type="application/json")
    check(api_schema, "/api/v1/eservices/{page_id}/{block_id}/submissions/", "POST", created)

    auth = {"HTTP_AUTHORIZATION": f"Bearer {created.json()['access_token']}"}
    check(api_schema, "/api/v1/case/", "GET", client.get("/api/v1/case/", **auth))
    reply = client.post("/api/v1/case/messages/", {"body": "Tack"}, content_type="application/json", **auth)
    check(api_schema, "/api/v1/case/messages/", "POST", reply)
    check(api_schema, "/api/v1/case/messages/", "GET", client.get("/api/v1/case/messages/", **auth))

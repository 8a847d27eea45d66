"""Report a problem through the API: categories in the schema, photos uploaded and checked."""

import pytest

from eservice_blocks.cases.models import Case
from eservice_types.problem_report.models import ProblemReport
from tests.factories.files import photo, program_named_like_a_photo

from .conftest import BLOCK_ID, SPOT

pytestmark = pytest.mark.django_db


def test_the_schema_lists_the_categories_with_their_labels_and_the_photo_limits(client, report_page):
    form = client.get(f"/api/v1/eservices/{report_page.pk}/{BLOCK_ID}/").json()["form"]

    assert form["properties"]["category"]["enum"] == ["gatubelysning", "lekplats"]
    assert form["properties"]["category"]["x-enum-labels"]["lekplats"] == "Lekplats"
    photos = form["properties"]["photos"]
    assert photos["type"] == "array" and photos["maxItems"] == 5
    assert "image/jpeg" in photos["x-accept"] and photos["x-max-bytes"] > 0
    assert form["properties"]["latitude"]["type"] == "number"


def test_a_report_with_a_photo_goes_to_the_categorys_department(client, report_page, departments):
    answers = {
        "category": "lekplats",
        "description": "Gungan är trasig.",
        "latitude": str(SPOT[0]),
        "longitude": str(SPOT[1]),
        "photos": [photo(gps=True)],
    }

    response = client.post(f"/api/v1/eservices/{report_page.pk}/{BLOCK_ID}/submissions/", answers)

    assert response.status_code == 201
    case = Case.objects.get(reference=response.json()["reference"])
    assert case.department == departments["park"]
    attachment = case.attachments.get()
    assert attachment.content_type == "image/jpeg"
    assert b"GPS" not in attachment.file.read()  # re-encoded without EXIF
    assert ProblemReport.objects.get(case=case).latitude == pytest.approx(SPOT[0])


def test_a_file_that_is_not_a_photo_is_refused_with_the_web_forms_message(client, report_page):
    answers = {
        "category": "lekplats",
        "description": "Gungan.",
        "address": "Parken",
        "photos": [program_named_like_a_photo()],
    }

    response = client.post(f"/api/v1/eservices/{report_page.pk}/{BLOCK_ID}/submissions/", answers)

    assert response.status_code == 400
    error = response.json()["errors"]["photos"][0]
    assert error["code"] == "file_type"
    assert "foto.jpg" in error["message"]


def test_a_phone_photo_over_two_megabytes_is_accepted_through_the_api(client, report_page, settings):
    from tests.factories.files import phone_photo

    upload = phone_photo()
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE < upload.size < settings.ESERVICE_UPLOAD_MAX_BYTES
    answers = {"category": "lekplats", "description": "Gungan är trasig.", "address": "Parken", "photos": [upload]}

    response = client.post(f"/api/v1/eservices/{report_page.pk}/{BLOCK_ID}/submissions/", answers)

    assert response.status_code == 201, response.content
    attachment = Case.objects.get(reference=response.json()["reference"]).attachments.get()
    assert attachment.content_type == "image/jpeg" and attachment.name == "IMG_2041.jpg"


def test_a_key_sent_again_with_another_photo_is_refused_and_with_the_same_photo_finds_the_case(client, report_page):
    url = f"/api/v1/eservices/{report_page.pk}/{BLOCK_ID}/submissions/"
    answers = {"category": "lekplats", "description": "Gungan är trasig.", "address": "Parken"}
    key = {"HTTP_IDEMPOTENCY_KEY": "rapport-1"}

    first = client.post(url, {**answers, "photos": [photo(color="red")]}, **key)
    other_photo = client.post(url, {**answers, "photos": [photo(color="green")]}, **key)
    same_photo = client.post(url, {**answers, "photos": [photo(color="red")]}, **key)

    assert first.status_code == 201
    assert other_photo.status_code == 422 and other_photo.json()["code"] == "idempotency_key_reused"
    assert same_photo.status_code == 200
    assert same_photo.json()["access_token"] == first.json()["access_token"]
    assert Case.objects.filter(page=report_page).count() == 1

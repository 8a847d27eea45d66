"""Uploads are judged by their bytes, limited in size and pixels, and images are stored
re-encoded without metadata."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from eservice_blocks.uploads import (
    DOCUMENT_TYPES,
    PHOTO_TYPES,
    UploadField,
    check_upload,
    end_pixel_budget,
    start_pixel_budget,
)
from tests.factories.files import GPS_POSITION, image_bomb, image_bytes, pdf, photo, png, program_named_like_a_photo


def codes(error: ValidationError) -> list[str]:
    return [item.code for item in error.error_list]


def test_a_photo_is_stored_without_any_exif_data():
    clean = check_upload(photo(gps=True), allowed_types=PHOTO_TYPES)

    stored = Image.open(io.BytesIO(clean.content))
    assert clean.content_type == "image/jpeg"
    assert dict(stored.getexif()) == {}
    assert b"Kamerafabriken" not in clean.content


def test_the_gps_position_is_read_before_it_is_stripped():
    clean = check_upload(photo(gps=True), allowed_types=PHOTO_TYPES)

    assert clean.gps == pytest.approx(GPS_POSITION, abs=0.001)
    assert check_upload(photo(gps=False), allowed_types=PHOTO_TYPES).gps is None


def test_a_sideways_photo_is_turned_upright_before_its_orientation_tag_is_dropped():
    clean = check_upload(photo(size=(20, 10), orientation=6), allowed_types=PHOTO_TYPES)

    assert Image.open(io.BytesIO(clean.content)).size == (10, 20)


def test_a_png_stays_a_lossless_png_with_its_name():
    clean = check_upload(png("skärmbild av kartan.png"), allowed_types=PHOTO_TYPES)

    assert clean.content_type == "image/png"
    assert clean.name == "skärmbild_av_kartan.png"


def test_a_program_named_like_a_photo_is_refused_with_what_to_do():
    with pytest.raises(ValidationError) as refused:
        check_upload(program_named_like_a_photo(), allowed_types=PHOTO_TYPES)

    assert codes(refused.value) == ["file_type"]
    assert "foto.jpg" in refused.value.messages[0]
    assert "JPEG" in refused.value.messages[0]


def test_a_pdf_is_kept_as_it_is_when_documents_are_allowed_but_not_when_only_photos_are():
    upload = pdf()
    assert check_upload(upload, allowed_types=DOCUMENT_TYPES).content == upload.read()

    with pytest.raises(ValidationError):
        check_upload(pdf(), allowed_types=PHOTO_TYPES)


@override_settings(ESERVICE_UPLOAD_MAX_BYTES=500)
def test_a_file_over_the_size_limit_is_refused_before_it_is_read():
    with pytest.raises(ValidationError) as refused:
        check_upload(photo(size=(400, 400)), allowed_types=PHOTO_TYPES)

    assert codes(refused.value) == ["too_large"]
    assert "500" in refused.value.messages[0]


def test_an_image_bomb_is_refused_before_its_pixels_are_decoded():
    with pytest.raises(ValidationError) as refused:
        check_upload(image_bomb(), allowed_types=PHOTO_TYPES)

    assert codes(refused.value) == ["too_many_pixels"]


def test_a_truncated_image_is_refused_as_unreadable():
    broken = SimpleUploadedFile("trasig.jpg", image_bytes(size=(200, 200))[:300], content_type="image/jpeg")

    with pytest.raises(ValidationError) as refused:
        check_upload(broken, allowed_types=PHOTO_TYPES)

    assert codes(refused.value) == ["unreadable"]


def test_an_upload_field_takes_several_files_up_to_its_limit_and_names_each_bad_one():
    field = UploadField(allowed_types=PHOTO_TYPES, max_files=2, required=False)

    assert len(field.clean([photo("a.jpg"), photo("b.jpg")])) == 2
    assert field.clean([]) == []
    with pytest.raises(ValidationError) as too_many:
        field.clean([photo("a.jpg"), photo("b.jpg"), photo("c.jpg")])
    assert codes(too_many.value) == ["too_many_files"]
    with pytest.raises(ValidationError) as bad:
        field.clean([program_named_like_a_photo("a.jpg"), image_bomb("b.png")])
    assert codes(bad.value) == ["file_type", "too_many_pixels"]


@pytest.fixture
def request_budget(settings):
    """What Django does as each request begins and ends (request_started, request_finished),
    with a budget of 1,000 pixels."""
    settings.ESERVICE_REQUEST_MAX_PIXELS = 1_000
    start_pixel_budget()
    yield start_pixel_budget
    end_pixel_budget()


def test_the_images_of_one_request_share_one_pixel_budget(request_budget):
    first = check_upload(photo("a.jpg", size=(20, 20)), allowed_types=PHOTO_TYPES)  # 400 px
    second = check_upload(photo("b.jpg", size=(20, 20)), allowed_types=PHOTO_TYPES)  # 800 px in all

    with pytest.raises(ValidationError) as refused:
        check_upload(photo("c.jpg", size=(20, 20)), allowed_types=PHOTO_TYPES)  # would be 1,200

    assert first.content and second.content
    assert codes(refused.value) == ["too_many_pixels_together"]
    assert "c.jpg" in refused.value.messages[0]


def test_the_next_request_has_the_whole_budget_again(request_budget):
    check_upload(photo("a.jpg", size=(30, 30)), allowed_types=PHOTO_TYPES)  # 900 px

    request_budget()
    assert check_upload(photo("b.jpg", size=(30, 30)), allowed_types=PHOTO_TYPES).content

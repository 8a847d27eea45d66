"""The citizen's session: short idle timeout, a longest lifetime, sign-out and sign-out on every
device, and nothing of the identity number in the logs."""

import logging
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from citizens import session
from citizens.models import Citizen
from tests.citizens.helpers import identity, sign_in_directly

pytestmark = pytest.mark.django_db

TOLVAN = identity()


def _age(client, **delta):
    """Move the session's clocks back, as if time had passed."""
    store = client.session
    data = store[session.SESSION_KEY]
    for key in delta.get("keys", ("last_seen",)):
        data[key] -= delta["seconds"]
    store[session.SESSION_KEY] = data
    store.save()


def test_mina_sidor_asks_for_sign_in_and_comes_back(client):
    response = client.get("/mina-sidor/")
    assert response.status_code == 302
    assert response["Location"] == "/logga-in/?next=%2Fmina-sidor%2F"


def test_a_signed_in_citizen_reaches_mina_sidor(client):
    sign_in_directly(client, TOLVAN)
    response = client.get("/mina-sidor/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]


def test_idle_for_longer_than_the_timeout_signs_out(client, settings):
    sign_in_directly(client, TOLVAN)
    _age(client, seconds=settings.CITIZEN_IDLE_MINUTES * 60 + 5)
    response = client.get("/mina-sidor/")
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "inaktiv" in page.content.decode() or "inactive" in page.content.decode()
    assert session.SESSION_KEY not in client.session


def test_activity_keeps_the_session_alive(client, settings):
    sign_in_directly(client, TOLVAN)
    for _ in range(3):
        _age(client, seconds=settings.CITIZEN_IDLE_MINUTES * 60 - 30)
        assert client.get("/mina-sidor/").status_code == 200


def test_reading_any_page_counts_as_activity(client, settings, home_page):
    sign_in_directly(client, TOLVAN)
    _age(client, seconds=settings.CITIZEN_IDLE_MINUTES * 60 - 30)
    client.get(home_page.url)
    _age(client, seconds=120)
    assert client.get("/mina-sidor/").status_code == 200


def test_the_session_has_a_longest_lifetime_however_active(client, settings):
    sign_in_directly(client, TOLVAN)
    _age(client, seconds=settings.CITIZEN_SESSION_MAX_HOURS * 3600 + 5, keys=("signed_in_at",))
    assert client.get("/mina-sidor/").status_code == 302


def test_sign_out_ends_the_whole_session(client):
    sign_in_directly(client, TOLVAN)
    old_key = client.session.session_key
    response = client.post("/logga-ut/")
    assert response.status_code == 302 and response["Location"] == "/utloggad/"
    assert client.session.session_key != old_key
    assert client.get("/mina-sidor/").status_code == 302


def test_sign_out_needs_a_post(client):
    sign_in_directly(client, TOLVAN)
    assert client.get("/logga-ut/").status_code == 405
    assert client.get("/mina-sidor/").status_code == 200


def test_sign_out_is_protected_against_cross_site_requests():
    csrf_client = Client(enforce_csrf_checks=True)
    sign_in_directly(csrf_client, TOLVAN)
    assert csrf_client.post("/logga-ut/").status_code == 403
    assert csrf_client.get("/mina-sidor/").status_code == 200


def test_sign_out_everywhere_ends_the_sessions_on_other_devices(client):
    phone, computer = Client(), Client()
    sign_in_directly(phone, TOLVAN)
    sign_in_directly(computer, TOLVAN)
    assert computer.get("/mina-sidor/").status_code == 200

    response = phone.post("/logga-ut/overallt/")
    assert response["Location"] == "/utloggad/?everywhere=1"

    assert computer.get("/mina-sidor/").status_code == 302
    assert phone.get("/mina-sidor/").status_code == 302
    # A new sign-in afterwards works again.
    sign_in_directly(computer, TOLVAN)
    assert computer.get("/mina-sidor/").status_code == 200


def test_another_person_signing_out_everywhere_does_not_touch_this_session(client):
    other = Client()
    sign_in_directly(client, TOLVAN)
    sign_in_directly(other, identity("19820411-2380", "Sara", "Provsson"))
    other.post("/logga-ut/overallt/")
    assert client.get("/mina-sidor/").status_code == 200


def test_the_citizen_record_holds_no_name_and_no_number():
    request_client = Client()
    sign_in_directly(request_client, TOLVAN)
    citizen = Citizen.objects.get(identity_hash=TOLVAN.identity_hash)
    stored = " ".join(str(value) for value in Citizen.objects.filter(pk=citizen.pk).values().first().values())
    assert "1212" not in stored.replace(TOLVAN.identity_hash, "")
    assert "Tolvan" not in stored


def test_the_hash_is_keyed(settings):
    before = TOLVAN.identity_hash
    settings.CITIZEN_IDENTITY_KEY = "another-key-for-the-identity-hash"
    assert identity().identity_hash != before


def test_anonymous_pages_never_touch_the_session(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
    assert "sessionid" not in response.cookies


def test_sign_in_and_out_are_logged_without_the_identity_number(client, caplog):
    with caplog.at_level(logging.INFO, logger="citizens"):
        sign_in_directly(client, TOLVAN)
        client.post("/logga-ut/")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "signed in" in text and "signed out" in text
    assert "19121212" not in text and "1212-1212" not in text


def test_the_log_filter_masks_identity_numbers_in_any_message():
    from kommunportal.logging import PersonalDataFilter

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "citizen %s at %s", ("19121212-1212", "/p?x=1"), None)
    PersonalDataFilter().filter(record)
    assert "19121212" not in record.getMessage()


def test_expired_citizens_and_sessions_are_deleted(client, settings):
    from citizens.retention import delete_expired_citizens

    sign_in_directly(client, TOLVAN)
    Citizen.objects.update(last_signed_in_at=timezone.now() - timedelta(days=settings.CITIZEN_RETENTION_DAYS + 1))
    assert delete_expired_citizens() == 1
    assert not Citizen.objects.exists()
    # A session of a deleted citizen is no longer signed in.
    assert client.get("/mina-sidor/").status_code == 302

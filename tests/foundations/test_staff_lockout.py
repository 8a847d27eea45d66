"""Staff sign-in at /admin/login/ is locked after repeated failures, per account and client
address (the one resolved behind the proxies), for a cool-off time from the settings."""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.cache import cache

pytestmark = pytest.mark.django_db

PASSWORD = "rätt-lösenord-12345"
OFFICE = "203.0.113.10"
ELSEWHERE = "198.51.100.20"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("redaktor", "redaktor@sjovik.example", PASSWORD, is_staff=True)


@pytest.fixture(autouse=True)
def limits(settings):
    settings.STAFF_SIGN_IN_FAILURES = 3
    settings.STAFF_SIGN_IN_ADDRESS_FAILURES = 5
    settings.STAFF_SIGN_IN_COOLOFF_MINUTES = 15


def sign_in(client, password, address=OFFICE, username="redaktor", **headers):
    """A sign-in through the proxies on loopback, from the client `address`."""
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=address,
        **headers,
    )


def fail(client, times, **kwargs):
    return [sign_in(client, "fel-lösenord", **kwargs).status_code for _ in range(times)]


def test_the_right_password_signs_in(client, editor):
    assert sign_in(client, PASSWORD).status_code == 302


def test_repeated_failures_lock_the_account_from_that_address(client, editor):
    assert fail(client, 3) == [200, 200, 429]

    response = sign_in(client, "fel-lösenord")

    assert response.status_code == 429
    assert "Inloggningen är låst" in response.content.decode()


def test_the_right_password_is_refused_while_locked(client, editor):
    fail(client, 3)

    response = sign_in(client, PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_same_account_from_another_address_is_not_locked(client, editor):
    fail(client, 3)

    assert sign_in(client, PASSWORD, address=ELSEWHERE).status_code == 302


def test_the_address_the_proxy_forwards_is_counted_not_the_proxys_own(client, editor):
    fail(client, 3, address=OFFICE)

    # Every request reaches the app from the proxy on loopback; only the client differs.
    assert sign_in(client, PASSWORD, address=ELSEWHERE).status_code == 302


def test_failures_over_many_accounts_lock_the_address_at_the_higher_limit(client, editor):
    for number in range(5):
        assert sign_in(client, "fel", username=f"gissning{number}").status_code == (429 if number == 4 else 200)

    assert sign_in(client, PASSWORD).status_code == 429
    assert sign_in(client, PASSWORD, address=ELSEWHERE).status_code == 302


def test_the_lock_ends_after_the_cool_off(client, editor):
    fail(client, 3)
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16))

    assert sign_in(client, PASSWORD).status_code == 302


def test_the_lock_still_holds_just_before_the_cool_off_ends(client, editor):
    fail(client, 3)
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=14))

    assert sign_in(client, PASSWORD).status_code == 429


def test_the_lock_is_kept_in_the_database_shared_by_all_app_servers(client, editor):
    fail(client, 3)
    cache.clear()  # nothing of it lives in a process or in the cache

    assert sign_in(client, PASSWORD).status_code == 429
    assert AccessAttempt.objects.get().failures_since_start == 3


def test_the_page_says_when_to_try_again_in_the_browsers_language(client, editor):
    fail(client, 3)

    response = sign_in(client, PASSWORD, HTTP_ACCEPT_LANGUAGE="en")

    html = response.content.decode()
    assert "Sign-in locked for a while" in html
    assert "You can try again at" in html and "15 minutes" in html
    assert 14 * 60 < int(response["Retry-After"]) <= 15 * 60
    assert response["Cache-Control"] == "private, no-store"


def test_a_successful_sign_in_forgets_the_accounts_earlier_failures(client, editor):
    fail(client, 2)
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()

    assert fail(client, 2) == [200, 200]


def test_failures_and_the_lock_are_logged_with_the_username_masked_and_no_password(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="kommunportal.security"):
        fail(client, 3)
        sign_in(client, PASSWORD)

    lines = [record.getMessage() for record in caplog.records if record.name == "kommunportal.security"]
    assert any("failed" in line and "user=r***" in line and f"address={OFFICE}" in line for line in lines)
    assert any(line.startswith("Staff sign-in locked:") for line in lines)
    assert any("refused while locked" in line for line in lines)
    assert not any("redaktor" in line or "fel-lösenord" in line or PASSWORD in line for line in lines)

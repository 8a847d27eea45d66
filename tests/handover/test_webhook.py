"""The signed webhook against a real receiver process that checks Standard Webhooks signatures."""

import pytest

from handover.delivery import deliver
from handover.models import HandoverStatus

from .conftest import submit_contact


@pytest.fixture
def case(webhook_page):
    return submit_contact(webhook_page)


def created(case):
    return case.handovers.get(event_type="case.created")


def test_the_receiver_accepts_the_signature_and_its_reference_is_kept_on_the_case(case, receiver):
    assert deliver(created(case).pk)
    handover = created(case)
    assert handover.status == HandoverStatus.DELIVERED
    assert handover.receiver_reference.startswith("BN-2026-")
    event = next(e for e in receiver.events()["events"] if e["id"] == str(handover.event_id))
    assert event["document"]["case"]["reference"] == case.reference


def test_the_event_document_carries_the_typed_fields_of_the_eservice_type(case, receiver):
    deliver(created(case).pk)
    event = next(e for e in receiver.events()["events"] if e["id"] == str(created(case).event_id))
    data = event["document"]["case"]["data"]
    assert data["fields"]["subject"] == "Uterum"
    assert event["document"]["version"] == "1"


def test_a_receiver_that_answers_500_gets_the_event_again_later(case, receiver):
    receiver.set_mode("error")
    assert not deliver(created(case).pk)
    handover = created(case)
    assert (handover.status, handover.attempts) == (HandoverStatus.PENDING, 1)
    assert handover.last_error == "HTTP 500 from the receiver"


def test_an_answer_that_is_not_json_is_retried(case, receiver):
    receiver.set_mode("garbage")
    assert not deliver(created(case).pk)
    assert created(case).last_error == "the receiver's answer is not JSON"


def test_a_401_from_the_receiver_parks_the_hand_over_at_once(case, receiver):
    receiver.set_mode("unauthorized")
    deliver(created(case).pk)
    assert created(case).status == HandoverStatus.FAILED
    assert created(case).last_error == "HTTP 401 from the receiver"


@pytest.mark.parametrize(
    ("language", "state"),
    [
        ("sv", "Misslyckades: HTTP 401 från mottagaren"),
        ("en", "Failed: HTTP 401 from the receiver"),
        ("ar", "فشل: HTTP 401 من الجهة المستقبِلة"),
    ],
)
def test_each_handler_reads_the_receivers_refusal_in_their_own_language(case, receiver, language, state):
    from django.utils import translation

    from handover.states import describe

    receiver.set_mode("unauthorized")
    deliver(created(case).pk)
    with translation.override(language):
        assert describe(created(case)) == state


def test_a_wrong_secret_is_refused_by_the_receiver(case, case_system, receiver):
    from handover.models import new_signing_secret

    case_system.signing_secret = new_signing_secret()
    case_system.save()
    before = receiver.events()["rejected"]
    deliver(created(case).pk)
    assert created(case).status == HandoverStatus.FAILED
    assert receiver.events()["rejected"] == before + 1


def test_a_receiver_that_is_down_is_retried(case, case_system):
    from tests.handover_receiver.process import free_port

    case_system.webhook_url = f"http://127.0.0.1:{free_port()}/webhook"
    case_system.save()
    deliver(created(case).pk)
    assert created(case).last_error.startswith("could not reach the receiver")


def test_a_retry_reaches_the_receiver_with_the_same_event_id_and_counts_as_a_duplicate(case, receiver):
    from handover import outbox

    deliver(created(case).pk)
    before = receiver.events()["duplicates"]
    handover = created(case)
    handover.status = HandoverStatus.PENDING
    handover.save()
    outbox.retry(handover)
    deliver(handover.pk)
    assert receiver.events()["duplicates"] == before + 1


def test_attachments_come_as_short_lived_signed_links(webhook_page, receiver, client, settings):
    from eservice_blocks.cases.handover_subject import signed_link
    from eservice_blocks.cases.models import CaseAttachment

    case = submit_contact(webhook_page)
    attachment = CaseAttachment.objects.create(case=case, name="ritning.pdf", content_type="application/pdf", size=4)
    attachment.file.save("ritning.pdf", __import__("django.core.files.base").core.files.base.ContentFile(b"%PDF"))
    url, _expires = signed_link(case.pk, f"attachment-{attachment.pk}")
    response = client.get(url.removeprefix(settings.SITE_BASE_URL.rstrip("/")))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF"


def test_an_expired_or_forged_file_link_is_refused(webhook_page, client, settings):
    from eservice_blocks.cases.handover_subject import signed_link

    case = submit_contact(webhook_page)
    url, _expires = signed_link(case.pk, "attachment-1")
    path = url.removeprefix(settings.SITE_BASE_URL.rstrip("/"))
    assert client.get(path[:-3] + "xx/").status_code == 404
    settings.HANDOVER_LINK_SECONDS = -1
    assert client.get(path).status_code == 404

"""A case's events reach its routes: created with the case, a citizen's message and file,
closing and withdrawal; the department's default applies when the e-service names none."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from eservice_blocks.cases import citizen, handling, withdrawal
from eservice_blocks.uploads import CleanUpload

from .conftest import handover_page, submit_contact


def types(case):
    return list(case.handovers.order_by("pk").values_list("event_type", flat=True))


def test_a_submission_records_the_case_created_hand_over_with_the_case(webhook_page):
    case = submit_contact(webhook_page)
    assert types(case) == ["case.created"]


def test_an_eservice_without_hand_over_uses_its_departments_default(home_page, department, case_system):
    department.handover = [{"type": "webhook", "value": {"system": case_system.pk, "handled_in": "ByggR"}}]
    department.save()
    page = handover_page(home_page, "standard", [], department)
    case = submit_contact(page)
    assert types(case) == ["case.created"]
    assert case.handled_in() == "ByggR"


def test_without_any_hand_over_nothing_is_recorded(home_page, department):
    page = handover_page(home_page, "ingen", [], department)
    assert types(submit_contact(page)) == []


def test_a_citizens_reply_with_a_file_is_handed_over_as_a_message_and_an_attachment(webhook_page):
    case = submit_contact(webhook_page)
    citizen.reply(case, "Här är ritningen.", CleanUpload("ritning.pdf", "application/pdf", b"%PDF-1.4"))
    assert types(case) == ["case.created", "case.citizen_message", "case.attachment_added"]
    attachment = case.handovers.get(event_type="case.attachment_added")
    assert attachment.document["files"][0]["name"] == "ritning.pdf"


def test_closing_the_case_is_an_event_only_for_backends_that_take_it(webhook_page):
    case = submit_contact(webhook_page)
    handling.change_status(case, "closed", None)
    assert types(case) == ["case.created"]


def test_a_withdrawn_case_is_closed_and_handed_over_as_withdrawn(webhook_page):
    case = submit_contact(webhook_page)
    assert withdrawal.withdraw(case)
    case.refresh_from_db()
    assert case.status == "closed"
    assert types(case) == ["case.created", "case.withdrawn"]


def test_the_citizen_withdraws_the_case_from_the_case_page(webhook_page, client):
    case = submit_contact(webhook_page)
    response = client.post(reverse("eservice_blocks:withdraw", args=[case.access_token]))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "closed"


def test_the_case_page_says_where_the_case_is_handled(webhook_page, client):
    case = submit_contact(webhook_page)
    response = client.get(f"/arende/{case.access_token}/")
    assert "Ditt ärende handläggs i kommunens bygglovssystem." in response.content.decode()


def test_the_handlers_case_view_shows_the_hand_over_state_and_a_retry_button(webhook_page, admin_client):
    case = submit_contact(webhook_page)
    response = admin_client.get(f"/admin/cases/{case.pk}/")
    html = response.content.decode()
    assert "ByggR" in html
    assert f"/admin/handovers/{case.handovers.get().pk}/retry/" in html


def test_an_administrator_retries_a_failed_hand_over_from_the_list(webhook_page, admin_client, receiver):
    from handover.delivery import deliver

    receiver.set_mode("unauthorized")
    case = submit_contact(webhook_page)
    deliver(case.handovers.get().pk)
    assert case.reference in admin_client.get("/admin/handovers/failed/").content.decode()
    admin_client.post(f"/admin/handovers/{case.handovers.get().pk}/retry/")
    assert case.handovers.get().status == "pending"


def test_a_handler_of_another_department_cannot_retry(webhook_page, client, django_user_model):
    from django.contrib.auth.models import Permission

    case = submit_contact(webhook_page)
    user = django_user_model.objects.create_user("annan", password="x" * 16)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    case.handovers.update(status="failed")
    client.post(f"/admin/handovers/{case.handovers.get().pk}/retry/")
    assert case.handovers.get().status == "failed"


def test_a_citizen_downloads_the_decision_document_sent_to_them(webhook_page, client):
    case = submit_contact(webhook_page)
    message = handling.message_citizen(case, "Beslut", None, SimpleUploadedFile("beslut.pdf", b"%PDF-1.4"))
    response = client.get(reverse("eservice_blocks:message_file", args=[case.access_token, message.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4"

"""The registrar's mailbox: a new case as an e-mail with the case as a PDF."""

from django.core import mail

from handover.delivery import deliver

from .conftest import handover_page, submit_contact


def test_a_new_case_is_mailed_to_the_registrar_with_the_case_as_a_pdf(home_page, department):
    handover = [{"type": "registrar_mailbox", "value": {"mailbox": "registrator@kommun.example", "handled_in": ""}}]
    case = submit_contact(handover_page(home_page, "registrator", handover, department))
    assert deliver(case.handovers.get().pk)
    message = mail.outbox[-1]
    assert message.to == ["registrator@kommun.example"]
    assert case.reference in message.subject
    assert message.attachments[0][0] == f"{case.reference}.pdf"
    assert message.attachments[0][1].startswith(b"%PDF")

"""The demo's hand-over: a building permit system (the test receiver that `make run` starts)
receives the building permit questions by signed webhook and answers through the API.

Fixed credentials, for the demo only: `make run` starts the receiver with them."""

from django.db import transaction
from wagtail.models import Page

from handover.models import CaseSystem
from handover.systems import register

from .receiver_settings import (  # noqa: F401 - the demo's constants live there
    CLIENT_ID,
    CLIENT_SECRET,
    HANDLED_IN,
    RECEIVER_PORT,
    RECEIVER_URL,
    SIGNING_SECRET,
    SYSTEM_NAME,
)

PAGE_SLUG = "bygglov"


def load_demo(pages_by_slug, departments, stdout) -> None:
    """Register the demo case system and hand the building permit questions over to it."""
    if CaseSystem.objects.filter(name=SYSTEM_NAME).exists():
        return
    with transaction.atomic():
        system, _secret = register(
            SYSTEM_NAME, RECEIVER_URL, [departments["sbf"]], client_id=CLIENT_ID, client_secret=CLIENT_SECRET
        )
        system.signing_secret = SIGNING_SECRET
        system.save(update_fields=["signing_secret"])
    source = pages_by_slug[PAGE_SLUG]
    for page in Page.objects.filter(translation_key=source.translation_key).specific():
        hand_over(page, system, HANDLED_IN.get(page.locale.language_code, HANDLED_IN["sv"]))
    # The demo cases are submitted next, from the page as it is now.
    pages_by_slug[PAGE_SLUG] = Page.objects.get(pk=source.pk).specific
    stdout.write(f"Hand-over: {SYSTEM_NAME} receives the building permit questions at {RECEIVER_URL}.")


def hand_over(page, system, handled_in: str) -> None:
    body = list(page.body.get_prep_value())
    for block in body:
        if block["type"] == "eservice_contact":
            block["value"]["handover"] = [{"type": "webhook", "value": {"system": system.pk, "handled_in": handled_in}}]
    page.body = body
    page.save_revision().publish()

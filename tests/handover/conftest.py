import pytest

from tests.eservice_blocks.conftest import CONTACT_SETTINGS
from tests.factories import AudiencePageFactory, DepartmentFactory, InformationPageFactory

BLOCK_ID = "5b1a3c1e-0000-4000-8000-0000000000aa"


@pytest.fixture(scope="session")
def receiver(tmp_path_factory):
    """The test case system (tests/handover_receiver) in its own process, for the session."""
    from handover.models import new_signing_secret
    from tests.handover_receiver.process import start_receiver

    secret = new_signing_secret()
    running = start_receiver(secret, tmp_path_factory.mktemp("receiver"))
    running.secret = secret
    yield running
    running.stop()


@pytest.fixture
def department(db):
    return DepartmentFactory(name="Samhällsbyggnad (test)")


@pytest.fixture
def case_system(department, receiver):
    from handover.systems import register

    system, client_secret = register("ByggR", receiver.url, [department])
    system.signing_secret = receiver.secret
    system.save()
    system.client_secret = client_secret
    receiver.set_mode("ok")
    return system


def handover_page(parent, slug, handover, department):
    page = InformationPageFactory(parent=parent, slug=slug, title=slug, owning_department=department)
    settings = {**CONTACT_SETTINGS, "handover": handover}
    page.body = [{"type": "eservice_contact", "value": settings, "id": BLOCK_ID}]
    page.save_revision().publish()
    return page


@pytest.fixture
def webhook_page(home_page, department, case_system):
    """A Contact e-service handing over to ByggR by signed webhook."""
    audience = AudiencePageFactory(parent=home_page, slug="bygga")
    handover = [{"type": "webhook", "value": {"system": case_system.pk, "handled_in": "kommunens bygglovssystem"}}]
    return handover_page(audience, "fraga", handover, department)


CONTACT_ANSWERS = {
    "subject": "Uterum",
    "message": "Behöver jag bygglov för ett uterum?",
    "name": "Test Testsson",
    "email": "test@example.com",
    "answer_by": "email",
}


def submit_contact(page, answers=None, idempotency_key=None):
    import uuid

    from django.utils import translation

    from eservice_blocks.registry import registry
    from eservice_blocks.services import submit

    page = type(page).objects.get(pk=page.pk)
    child = next(child for child in page.body if child.block_type == "eservice_contact")
    plugin = registry.get("contact")
    key = idempotency_key or uuid.uuid4().hex
    form = plugin.get_form_class(child.value)({"idempotency_key": key, **(answers or CONTACT_ANSWERS)})
    assert form.is_valid(), form.errors
    with translation.override("sv"):
        return submit(plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id).case

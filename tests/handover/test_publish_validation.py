"""A page whose e-service names a hand-over backend with settings that cannot work cannot be
published: the block's clean() refuses them."""

import pytest
from wagtail.blocks import StructBlockValidationError

from eservice_blocks.registry import registry as eservices
from tests.eservice_blocks.conftest import CONTACT_SETTINGS


def contact_block_with(handover):
    block = eservices.get("contact").get_block()
    return block, block.to_python({**CONTACT_SETTINGS, "handover": handover})


def test_a_webhook_to_a_switched_off_case_system_is_refused(case_system):
    case_system.active = False
    case_system.save()
    block, value = contact_block_with([{"type": "webhook", "value": {"system": case_system.pk, "handled_in": ""}}])
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_a_webhook_without_a_case_system_is_refused(db):
    block, value = contact_block_with([{"type": "webhook", "value": {"system": None, "handled_in": ""}}])
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_an_archive_package_without_an_archive_folder_on_the_server_is_refused(db, settings):
    settings.HANDOVER_ARCHIVE_ROOT = ""
    block, value = contact_block_with([{"type": "earchive", "value": {"folder": "bygglov"}}])
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_valid_hand_over_settings_are_accepted(case_system):
    block, value = contact_block_with([{"type": "webhook", "value": {"system": case_system.pk, "handled_in": "x"}}])
    assert block.clean(value)["handover"][0].block_type == "webhook"


def test_publishing_through_the_admin_is_refused_for_invalid_hand_over_settings(
    admin_client, webhook_page, case_system
):
    case_system.webhook_url = ""
    case_system.save()
    response = admin_client.get(f"/admin/pages/{webhook_page.pk}/edit/")
    assert response.status_code == 200
    from wagtail.models import Page

    page = Page.objects.get(pk=webhook_page.pk).specific
    child = page.body[0]
    with pytest.raises(StructBlockValidationError):
        child.block.clean(child.value)

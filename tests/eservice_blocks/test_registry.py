import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from cms_pages.blocks import ContentStreamBlock
from eservice_blocks.base import EServicePlugin, SubmissionSummary
from eservice_blocks.registry import registry
from foundations.registry import Registry


class DummyPlugin(EServicePlugin):
    id = "dummy"
    label = "Dummy"

    def get_block(self):
        return None

    def get_form_class(self, block_value):
        return None

    def summarize(self, form, block_value):
        return SubmissionSummary(subject="", answers=[], data={})


def test_a_plugin_registers_with_a_decorator_and_is_found_by_id():
    fresh = Registry("e-service type")

    fresh(DummyPlugin)

    assert isinstance(fresh.get("dummy"), DummyPlugin)
    assert "dummy" in fresh
    assert fresh.choices() == [("dummy", "Dummy")]


def test_two_plugins_cannot_share_an_id():
    class OtherDummy(DummyPlugin):
        pass

    fresh = Registry("e-service type")
    fresh(DummyPlugin)

    with pytest.raises(ImproperlyConfigured):
        fresh(OtherDummy)


def test_a_plugin_id_must_be_a_plain_identifier():
    class BadId(DummyPlugin):
        id = "no spaces please"

    with pytest.raises(ImproperlyConfigured):
        Registry("e-service type").register(BadId())


def test_an_unknown_plugin_is_a_clear_lookup_error():
    with pytest.raises(LookupError, match="not-installed"):
        registry.get("not-installed")


def test_installed_apps_plugins_are_discovered():
    assert "contact" in registry


def test_page_bodies_offer_a_block_for_every_installed_plugin():
    child_blocks = ContentStreamBlock().child_blocks

    for plugin in registry:
        assert f"eservice_{plugin.id}" in child_blocks


@pytest.mark.django_db
def test_installed_plugins_need_no_migration_of_the_page_models():
    output = io.StringIO()

    call_command("makemigrations", "--check", "--dry-run", stdout=output)

    assert "No changes detected" in output.getvalue()

"""The plugin reference is written from the code: it cannot drift from what the code declares."""

from pathlib import Path

import pytest

from kommunportal import plugin_reference

REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "reference.md"


def test_the_committed_reference_is_what_the_code_says():
    assert REFERENCE.read_text(encoding="utf-8") == plugin_reference.render(), (
        "docs/plugins/reference.md is out of date: run `make plugin-reference`"
    )


def test_it_lists_every_hook_of_the_plugin_base_with_its_docstring():
    from eservice_blocks.base import EServicePlugin

    text = plugin_reference.render()
    hooks = [name for name, value in vars(EServicePlugin).items() if callable(value) and not name.startswith("_")]
    assert len(hooks) > 10
    for name in hooks:
        assert f"- `{name}(" in text, name
    assert "Delete the plugin's personal data of a case whose retention period has passed" in text


def test_a_documented_name_without_a_docstring_stops_the_reference(monkeypatch):
    section = plugin_reference.Section("Broken", "", (plugin_reference.Entry("foundations.numbers:_language"),))
    monkeypatch.setattr(plugin_reference, "SECTIONS", (*plugin_reference.SECTIONS, section))

    with pytest.raises(ValueError, match=r"foundations\.numbers:_language has no docstring"):
        plugin_reference.render()

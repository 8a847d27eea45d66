"""Outside plugins: declared by entry point or KOMMUNPORTAL_PLUGINS, listed, and checked."""

import io
import os
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command
from django.test import override_settings

from foundations.checks import outside_plugins_are_installed
from kommunportal.settings import plugins as plugin_settings

ROOT = Path(__file__).resolve().parents[2]


def outside(app, problem=""):
    return {"app": app, "source": "the setting KOMMUNPORTAL_PLUGINS", "problem": problem}


def test_the_environment_setting_names_outside_apps_and_a_missing_one_says_why(monkeypatch):
    monkeypatch.setenv("KOMMUNPORTAL_PLUGINS", "tests.example_eservice, no_such_plugin_app")

    declared = {plugin["app"]: plugin for plugin in plugin_settings.declared_plugins()}

    assert declared["tests.example_eservice"]["problem"] == ""
    assert declared["tests.example_eservice"]["source"] == "the setting KOMMUNPORTAL_PLUGINS"
    assert "No module named 'no_such_plugin_app'" in declared["no_such_plugin_app"]["problem"]


def test_an_installed_packages_entry_point_names_an_outside_app(monkeypatch):
    class EntryPoint:
        name = "parking"
        value = "parking_plugin"
        dist = type("Dist", (), {"name": "parking-plugin"})()

    monkeypatch.delenv("KOMMUNPORTAL_PLUGINS", raising=False)
    monkeypatch.setattr(plugin_settings.metadata, "entry_points", lambda group: [EntryPoint()])

    (declared,) = plugin_settings.declared_plugins()

    assert declared["app"] == "parking_plugin"
    assert declared["source"] == "entry point 'parking' of the package parking-plugin"


def test_an_outside_app_that_registers_a_plugin_is_listed_by_the_check():
    with override_settings(OUTSIDE_PLUGINS=[outside("tests.example_eservice")]):
        (message,) = outside_plugins_are_installed(None)

    assert message.id == "foundations.I001"
    assert "e-service types: callback" in message.msg


def test_the_check_refuses_an_outside_app_that_cannot_be_imported():
    with override_settings(OUTSIDE_PLUGINS=[outside("no_such_app", "No module named 'no_such_app'")]):
        (message,) = outside_plugins_are_installed(None)

    assert message.id == "foundations.E002"
    assert "'no_such_app'" in message.msg and "cannot be imported" in message.msg


def test_the_check_refuses_an_outside_app_that_registers_nothing():
    with override_settings(OUTSIDE_PLUGINS=[outside("departments")]):
        (message,) = outside_plugins_are_installed(None)

    assert message.id == "foundations.E003"
    assert "registers no plugin" in message.msg and "eservices.py" in message.msg


def test_the_plugins_command_lists_every_kind_and_where_each_plugin_comes_from():
    out = io.StringIO()
    with override_settings(OUTSIDE_PLUGINS=[outside("tests.example_eservice"), outside("gone", "No module")]):
        call_command("plugins", stdout=out)

    listed = out.getvalue()
    for kind in ("E-service types", "Hand-over backends", "Identity providers", "Search backends"):
        assert f"{kind}:" in listed
    assert "callback" in listed and "from the setting KOMMUNPORTAL_PLUGINS" in listed
    assert "contact" in listed and "from core" in listed
    assert "Not installed: gone" in listed


def test_an_app_named_twice_or_already_in_the_core_is_installed_once():
    """A municipality that names the same app by entry point and setting, or names a core app,
    still gets a site that starts (Django refuses two apps with one label)."""
    environment = {**os.environ, "KOMMUNPORTAL_PLUGINS": "tests.example_eservice,tests.example_eservice,feedback"}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    code = (
        "from django.conf import settings; import django; django.setup();"
        "print(settings.INSTALLED_APPS.count('tests.example_eservice'), settings.INSTALLED_APPS.count('feedback'))"
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-2:] == ["1", "1"]

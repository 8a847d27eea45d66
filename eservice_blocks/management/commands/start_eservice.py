"""Scaffold a new e-service type: an app with a registered plugin, its block and form, and a test."""

import keyword
import re
from pathlib import Path
from string import Template

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

APPS = Template("""from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ${class_name}Config(AppConfig):
    name = "${package}"
    label = "eservice_${plugin_id}"
    verbose_name = _("${title} e-service")
""")

ESERVICES = Template('''"""Registers the ${title} e-service."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from eservice_blocks.base import EServicePlugin, SubmissionSummary
from eservice_blocks.blocks import EServiceBlock
from eservice_blocks.forms import EServiceForm
from eservice_blocks.registry import registry


class ${class_name}Form(EServiceForm):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    description = forms.CharField(label=_("Description"), max_length=5000, widget=forms.Textarea)
    email = forms.EmailField(label=_("E-mail"), required=False)


class ${class_name}Block(EServiceBlock):
    # Settings the editor gives this e-service, besides title, intro, department and retention.
    show_email = blocks.BooleanBlock(required=False, default=True, label=_("Ask for an e-mail address"))

    class Meta:
        label = _("E-service: ${title}")
        plugin_id = "${plugin_id}"


@registry
class ${class_name}Plugin(EServicePlugin):
    id = "${plugin_id}"
    label = _("${title}")

    def get_block(self):
        return ${class_name}Block()

    def get_form_class(self, block_value):
        if block_value.get("show_email", True):
            return ${class_name}Form
        return type("${class_name}FormWithoutEmail", (${class_name}Form,), {"email": None})

    def summarize(self, form, block_value):
        data = {key: value for key, value in form.cleaned_data.items() if key != "idempotency_key"}
        answers = [(str(form.fields[name].label), str(value)) for name, value in data.items() if value]
        return SubmissionSummary(
            subject=data["subject"], answers=answers, data=data, contact_email=data.get("email", "")
        )
''')

TEST = Template("""from ${package}.eservices import ${class_name}Plugin
from eservice_blocks.registry import registry

SETTINGS = {"title": "${title}", "show_email": True, "retention_days": 365}


def test_the_${plugin_id}_plugin_is_registered():
    assert isinstance(registry.get("${plugin_id}"), ${class_name}Plugin)


def test_a_valid_${plugin_id}_submission_is_summarised_for_the_case():
    plugin = registry.get("${plugin_id}")
    form = plugin.get_form_class(SETTINGS)(
        {
            "idempotency_key": "0123456789abcdef0123456789abcdef",
            "subject": "Test",
            "description": "Details",
            "email": "anna@example.com",
        }
    )

    assert form.is_valid(), form.errors
    summary = plugin.summarize(form, SETTINGS)
    assert summary.subject == "Test"
    assert summary.contact_email == "anna@example.com"


def test_a_${plugin_id}_submission_without_a_subject_is_refused():
    plugin = registry.get("${plugin_id}")
    form = plugin.get_form_class(SETTINGS)({"idempotency_key": "0123456789abcdef0123456789abcdef"})

    assert not form.is_valid()
    assert "subject" in form.errors
""")


class Command(BaseCommand):
    help = "Create a new e-service type: an app with a registered plugin, block, form and a test."

    def add_arguments(self, parser):
        parser.add_argument("plugin_id", help="Stable id stored on cases, e.g. parking_permit.")
        parser.add_argument("--title", help="Human-readable name, e.g. 'Parking permit'.")
        parser.add_argument("--package", help="Dotted package of the new app (default eservice_types.<id>).")
        parser.add_argument("--directory", help="Folder of the new app (default follows the package).")
        parser.add_argument("--tests-directory", help="Folder for the test (default tests/eservice_types).")

    def handle(self, plugin_id, title=None, package=None, directory=None, tests_directory=None, **options):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", plugin_id) or keyword.iskeyword(plugin_id):
            raise CommandError("The id must be lowercase letters, digits and _, starting with a letter.")
        base = Path(settings.BASE_DIR)
        package = package or f"eservice_types.{plugin_id}"
        app_dir = Path(directory) if directory else base.joinpath(*package.split("."))
        tests_dir = Path(tests_directory) if tests_directory else base / "tests" / "eservice_types"
        if app_dir.exists():
            raise CommandError(f"{app_dir} exists already.")
        values = {
            "plugin_id": plugin_id,
            "package": package,
            "title": title or plugin_id.replace("_", " ").capitalize(),
            "class_name": "".join(part.capitalize() for part in plugin_id.split("_")),
        }
        app_dir.mkdir(parents=True)
        (app_dir / "__init__.py").write_text(f'"""The {values["title"]} e-service."""\n')
        (app_dir / "apps.py").write_text(APPS.substitute(values))
        (app_dir / "eservices.py").write_text(ESERVICES.substitute(values))
        tests_dir.mkdir(parents=True, exist_ok=True)
        (tests_dir / "__init__.py").touch()
        test_path = tests_dir / f"test_{plugin_id}.py"
        test_path.write_text(TEST.substitute(values))
        self.stdout.write(self.style.SUCCESS(f"Created {app_dir} and {test_path}."))
        self.stdout.write(f'Add "{package}" to INSTALLED_APPS to offer the e-service to editors.')

"""Scaffold a new e-service type: a pip-installable package of its own (`--directory`), or an app
inside this repository (the default), with a registered plugin, its block and form, and tests."""

import keyword
import re
from pathlib import Path
from string import Template

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from eservice_blocks.scaffold_package import write_package

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
    help = (
        "Create a new e-service type: with --directory a pip-installable package of its own, else an app "
        "inside this repository, with a registered plugin, block, form and tests."
    )

    def add_arguments(self, parser):
        parser.add_argument("plugin_id", help="Stable id stored on cases, e.g. parking_permit.")
        parser.add_argument("--title", help="Human-readable name, e.g. 'Parking permit'.")
        parser.add_argument(
            "--directory",
            help="Make a package of its own in this new folder (pyproject.toml, entry point, locale, tests).",
        )
        parser.add_argument("--package", help="Dotted package of an in-repository app (default eservice_types.<id>).")
        parser.add_argument("--app-directory", help="Folder of an in-repository app (default follows the package).")
        parser.add_argument("--tests-directory", help="Folder for an in-repository app's test (tests/eservice_types).")

    def handle(self, plugin_id, title=None, directory=None, package=None, app_directory=None, **options):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", plugin_id) or keyword.iskeyword(plugin_id):
            raise CommandError("The id must be lowercase letters, digits and _, starting with a letter.")
        title = title or plugin_id.replace("_", " ").capitalize()
        class_name = "".join(part.capitalize() for part in plugin_id.split("_"))
        values = {"plugin_id": plugin_id, "title": title, "class_name": class_name}
        if directory:
            folder = Path(directory)
            if folder.exists():
                raise CommandError(f"{folder} exists already.")
            values["package"] = plugin_id
            write_package(folder, values, APPS.substitute(values), ESERVICES.substitute(values))
            self.stdout.write(self.style.SUCCESS(f"Created the package {plugin_id} in {folder}."))
            self.stdout.write("Install it beside Kommunportal (pip install) to switch it on; its README says more.")
            return
        self.in_repository(values, package, app_directory, options.get("tests_directory"))

    def in_repository(self, values, package, app_directory, tests_directory):
        base = Path(settings.BASE_DIR)
        package = package or f"eservice_types.{values['plugin_id']}"
        values["package"] = package
        app_dir = Path(app_directory) if app_directory else base.joinpath(*package.split("."))
        tests_dir = Path(tests_directory) if tests_directory else base / "tests" / "eservice_types"
        if app_dir.exists():
            raise CommandError(f"{app_dir} exists already.")
        app_dir.mkdir(parents=True)
        (app_dir / "__init__.py").write_text(f'"""The {values["title"]} e-service."""\n')
        (app_dir / "apps.py").write_text(APPS.substitute(values))
        (app_dir / "eservices.py").write_text(ESERVICES.substitute(values))
        tests_dir.mkdir(parents=True, exist_ok=True)
        (tests_dir / "__init__.py").touch()
        test_path = tests_dir / f"test_{values['plugin_id']}.py"
        test_path.write_text(TEST.substitute(values))
        self.stdout.write(self.style.SUCCESS(f"Created {app_dir} and {test_path}."))
        self.stdout.write(f'Add "{package}" to INSTALLED_APPS to offer the e-service to editors.')
        self.stdout.write("Then `make messages` and translate its strings (sv, en, ar), or `make test` fails.")

"""What `start_eservice NAME --directory DIR` writes: a pip-installable package of its own, with
an entry point that switches it on, its catalogues, and tests that run from its folder against
an installed Kommunportal (docs/plugins/README.md)."""

from pathlib import Path
from string import Template

import polib

PYPROJECT = Template("""[build-system]
requires = ["setuptools>=65"]
build-backend = "setuptools.build_meta"

[project]
name = "${distribution}"
version = "0.1.0"
description = "Kommunportal e-service: ${title}"
requires-python = ">=3.11"

# Kommunportal adds this app to INSTALLED_APPS when the package is installed.
[project.entry-points."kommunportal.plugins"]
${plugin_id} = "${plugin_id}"

[tool.setuptools]
packages = ["${plugin_id}"]

[tool.setuptools.package-data]
${plugin_id} = ["locale/*/LC_MESSAGES/*.po", "locale/*/LC_MESSAGES/*.mo", "templates/**/*"]

# `pytest` in this folder runs the tests against the installed Kommunportal, with its plugin.
# --nomigrations: the test database's tables come straight from the models (seconds, not a minute).
[tool.pytest.ini_options]
addopts = "-p kommunportal.testing --nomigrations"
testpaths = ["${plugin_id}_tests"]
filterwarnings = ["ignore:No directory at:UserWarning", "ignore::DeprecationWarning:wagtail_localize.*"]
""")

README = Template("""# ${title}

A Kommunportal e-service type (`${plugin_id}`) in a package of its own.

- Install it beside Kommunportal: `pip install .` (its entry point switches it on), or put the
  folder on the path and name the app in `KOMMUNPORTAL_PLUGINS=${plugin_id}`.
- Translate: edit `${plugin_id}/locale/{sv,en,ar}/LC_MESSAGES/django.po`, then
  `manage.py compile_translations --package .` (or `django-admin compilemessages` here).
- Test from this folder, with Kommunportal's `site` folder on the path: `pytest`.
""")

TEST = Template('''"""The ${title} e-service, tested from its package folder with `kommunportal.testing`."""

import pytest
from django.urls import reverse

from eservice_blocks.cases.models import Case
from eservice_blocks.registry import registry
from kommunportal.testing import form_data

pytestmark = pytest.mark.django_db


def test_the_${plugin_id}_eservice_is_registered():
    assert registry.get("${plugin_id}").id == "${plugin_id}"


def test_a_citizen_sends_the_form_and_a_handler_of_the_department_sees_the_case(
    citizen_client, handler_client, eservice_page
):
    page = eservice_page("${plugin_id}", show_email=True)
    data = form_data(citizen_client, page, subject="Test", description="Details", email="anna@example.com")

    response = citizen_client.post(page.url, data)

    assert response.status_code == 302
    case = Case.objects.get(page=page)
    assert case.subject == "Test" and case.contact_email == "anna@example.com"
    assert handler_client.get(reverse("eservice_blocks_case", args=[case.pk])).status_code == 200


def test_a_${plugin_id}_submission_without_a_subject_is_refused(client, eservice_page):
    page = eservice_page("${plugin_id}", show_email=True)

    response = client.post(page.url, form_data(client, page, description="Details"))

    assert response.status_code == 400
    assert not Case.objects.filter(page=page).exists()
''')

#: The scaffold's own strings in Swedish and Arabic (the title's are the author's to translate).
TRANSLATIONS = {
    "Subject": ("Ärende", "الموضوع"),
    "Description": ("Beskrivning", "الوصف"),
    "E-mail": ("E-post", "البريد الإلكتروني"),
    "Ask for an e-mail address": ("Fråga efter e-postadress", "اطلب عنوان البريد الإلكتروني"),
}
PLURAL_FORMS = {
    "sv": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
}


def write_catalogues(locale_dir: Path, values: dict) -> None:
    """sv, en and ar catalogues of the generated strings; the title's entries hold the title as
    given, for the author to translate."""
    title = values["title"]
    own = {title: title, f"E-service: {title}": f"E-service: {title}", f"{title} e-service": f"{title} e-service"}
    for language, plural_forms in PLURAL_FORMS.items():
        po = polib.POFile()
        po.metadata = {
            "Project-Id-Version": values["plugin_id"],
            "Language": language,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": plural_forms,
        }
        for msgid, (swedish, arabic) in TRANSLATIONS.items():
            po.append(polib.POEntry(msgid=msgid, msgstr={"sv": swedish, "ar": arabic}.get(language, msgid)))
        for msgid, msgstr in own.items():
            po.append(polib.POEntry(msgid=msgid, msgstr=msgstr, comment="Translate the e-service's title."))
        path = locale_dir / language / "LC_MESSAGES" / "django.po"
        path.parent.mkdir(parents=True)
        po.save(str(path))


def write_package(directory: Path, values: dict, apps_source: str, eservices_source: str) -> None:
    """The package in `directory` (which must not exist yet)."""
    plugin_id = values["plugin_id"]
    values = {**values, "distribution": f"kommunportal-{plugin_id.replace('_', '-')}"}
    app_dir, tests_dir = directory / plugin_id, directory / f"{plugin_id}_tests"
    app_dir.mkdir(parents=True)
    tests_dir.mkdir()
    (directory / "pyproject.toml").write_text(PYPROJECT.substitute(values))
    (directory / "README.md").write_text(README.substitute(values))
    (app_dir / "__init__.py").write_text(f'"""The {values["title"]} e-service."""\n')
    (app_dir / "apps.py").write_text(apps_source)
    (app_dir / "eservices.py").write_text(eservices_source)
    write_catalogues(app_dir / "locale", values)
    # No __init__.py: the folder's unique name keeps its modules apart from any other `tests`.
    (tests_dir / f"test_{plugin_id}.py").write_text(TEST.substitute(values))

"""Every user-facing string is in the .po files, and Swedish, English and Arabic translate all of them."""

import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from tests.conftest import service_missing

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])


def catalogue(language: str, base: Path = LOCALE_DIR) -> polib.POFile:
    return polib.pofile(str(base / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_every_string_is_translated(language):
    po = catalogue(language)

    assert len(po) > 50  # the catalogue is the real one, not an empty stub
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


def test_plural_forms_are_complete_in_arabic():
    po = catalogue("ar")

    plurals = [entry for entry in po if entry.msgid_plural]
    assert plurals
    for entry in plurals:
        assert len(entry.msgstr_plural) == 6 and all(entry.msgstr_plural.values()), entry.msgid


def test_the_po_files_hold_every_string_in_the_code(tmp_path):
    if shutil.which("xgettext") is None:
        service_missing("GNU gettext (xgettext) is needed to extract strings")
    shutil.copytree(LOCALE_DIR, tmp_path, dirs_exist_ok=True)

    with override_settings(LOCALE_PATHS=[tmp_path]):
        call_command(
            "makemessages",
            locale=["sv", "en", "ar"],
            no_location=True,
            no_obsolete=True,
            ignore_patterns=[".venv/*", "bench/*", "tests/*", "static_collected/*", "media/*"],
            verbosity=0,
        )

    for language in ["sv", "en", "ar"]:
        extracted = {(entry.msgctxt, entry.msgid) for entry in catalogue(language, tmp_path)}
        committed = {(entry.msgctxt, entry.msgid) for entry in catalogue(language)}
        assert extracted - committed == set(), f"run `make messages` and translate ({language})"

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


def test_the_po_files_hold_every_string_in_the_code(tmp_path, monkeypatch):
    if shutil.which("xgettext") is None:
        service_missing("GNU gettext (xgettext) is needed to extract strings")
    # Plugin packages under docs/ keep catalogues of their own (docs/plugins/README.md) and are left out.
    # makemessages writes beside the nearest `locale` folder above each source file, so it runs
    # in a mirror of the project (links to its folders) with a copy of the catalogues, and the
    # committed .po files are never touched.
    project = LOCALE_DIR.parent
    for entry in project.iterdir():
        if entry.name not in {"locale", ".git", ".venv", "node_modules"}:
            (tmp_path / entry.name).symlink_to(entry)
    shutil.copytree(LOCALE_DIR, tmp_path / "locale")
    probe = (None, "A string only this test has")
    (tmp_path / "translation_probe.py").write_text(
        f'from django.utils.translation import gettext as _\n_("{probe[1]}")\n'
    )
    committed_files = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))
    before = [path.read_bytes() for path in committed_files]
    monkeypatch.chdir(tmp_path)

    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command(
            "makemessages",
            locale=["sv", "en", "ar"],
            no_location=True,
            no_obsolete=True,
            symlinks=True,
            ignore_patterns=["bench/*", "tests/*", "docs/*", "static_collected/*", "media/*"],
            verbosity=0,
        )

    assert [path.read_bytes() for path in committed_files] == before
    for language in ["sv", "en", "ar"]:
        extracted = {(entry.msgctxt, entry.msgid) for entry in catalogue(language, tmp_path / "locale")}
        assert probe in extracted  # the code was read: the probe, and (with no_obsolete) the site's strings
        assert (None, "Sign in to continue") in extracted
        extracted.discard(probe)
        committed = {(entry.msgctxt, entry.msgid) for entry in catalogue(language)}
        assert extracted - committed == set(), f"run `make messages` and translate ({language})"

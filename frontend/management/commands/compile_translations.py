"""Compile the project's .po files to .mo with polib, so a fresh clone needs no gettext tools."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compile every .po file under LOCALE_PATHS (or a plugin package's locale folders) into a .mo file next to it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--package",
            help="A plugin package's folder: compile the .po files of every locale folder in it instead.",
        )

    def handle(self, *args, package=None, **options):
        if package:
            if not Path(package).is_dir():
                raise CommandError(f"{package} is not a folder.")
            po_paths = sorted(Path(package).rglob("locale/*/LC_MESSAGES/*.po"))
        else:
            po_paths = [
                po_path
                for locale_path in settings.LOCALE_PATHS
                for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po"))
            ]
        compiled = 0
        for po_path in po_paths:
            po = polib.pofile(str(po_path))
            broken = [entry.msgid for entry in po if entry.msgstr and not _same_placeholders(entry)]
            if broken:
                raise CommandError(f"{po_path}: placeholders differ in {broken[:3]}")
            po.save_as_mofile(str(po_path.with_suffix(".mo")))
            compiled += 1
        self.stdout.write(f"Compiled {compiled} translation catalogues.")


def _same_placeholders(entry) -> bool:
    import re

    pattern = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    return sorted(pattern.findall(entry.msgid)) == sorted(pattern.findall(entry.msgstr))

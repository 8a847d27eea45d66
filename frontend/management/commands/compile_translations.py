"""Compile the project's .po files to .mo with polib, so a fresh clone needs no gettext tools."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile every .po file under LOCALE_PATHS into a .mo file next to it."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
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

"""`makemessages` without fuzzy matching: a new string must never inherit the translation of a
similar old one (with different placeholders, it would not even compile)."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]

"""Text patterns an editor can require of a text answer: Swedish presets that also tidy the
answer, or the editor's own regular expression with the editor's own error message.

The server decides: the answer is checked with `re.fullmatch` after tidying, and no longer than
`MAX_LENGTH`, so that even an unlucky pattern has little text to backtrack over.
"""

import re
from re import _parser as regex_parser  # the standard library's own parser (no public API)

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

VEHICLE_REGISTRATION, POSTAL_CODE, CUSTOM = "vehicle_registration", "postal_code", "custom"
CHOICES = [
    (VEHICLE_REGISTRATION, _("Swedish vehicle registration number (ABC123 or ABC12A)")),
    (POSTAL_CODE, _("Swedish postal code (123 45)")),
    (CUSTOM, _("Custom regular expression")),
]
#: The longest answer a patterned question takes, and the longest regular expression.
MAX_LENGTH = 100
MAX_PATTERN_LENGTH = 200

# Swedish plates never use I, Q, V, Å, Ä or Ö; a letter in the last place is never O.
_PLATE = r"[A-HJ-PR-UW-Z]{3}[0-9]{2}[0-9A-HJ-NPR-UW-Z]"
_POSTAL_CODE = r"[1-9][0-9]{2} ?[0-9]{2}"


def _plate(typed: str) -> str:
    return re.sub(r"[\s-]", "", typed).upper()


def _postal_code(typed: str) -> str:
    digits = re.sub(r"\s", "", typed)
    return f"{digits[:3]} {digits[3:]}" if re.fullmatch(r"[0-9]{5}", digits) else typed


class Pattern:
    """What an answer must look like: `regex` (fully matched after `tidy`), the message when it
    does not, and the pattern API clients get in the JSON Schema (ECMA-262 syntax)."""

    def __init__(self, regex: str, message, tidy=None, schema_regex: str | None = None):
        self.regex, self.message, self.tidy = regex, message, tidy or (lambda typed: typed)
        self.schema_regex = schema_regex or regex

    def clean(self, typed: str) -> str:
        tidied = self.tidy(typed)
        if len(tidied) > MAX_LENGTH or not re.fullmatch(self.regex, tidied):
            raise ValidationError(self.message, code="pattern")
        return tidied

    def json_schema_pattern(self) -> str:
        return f"^(?:{self.schema_regex})$"


PRESETS = {
    VEHICLE_REGISTRATION: lambda: Pattern(
        _PLATE, _("Enter a Swedish registration number: three letters and three digits (ABC123), or ABC12A."), _plate
    ),
    # The schema takes 12345 and 123 45; the answer is kept as 123 45.
    POSTAL_CODE: lambda: Pattern(_POSTAL_CODE, _("Enter a postal code of five digits, such as 123 45."), _postal_code),
}


def pattern_of(value) -> Pattern | None:
    """The pattern a text question's block `value` asks for, or None."""
    chosen = value.get("pattern") or ""
    if chosen in PRESETS:
        return PRESETS[chosen]()
    if chosen == CUSTOM and value.get("custom_pattern"):
        return Pattern(
            value["custom_pattern"],
            value.get("pattern_message") or _("Check the format: the help text says what the answer should look like."),
        )
    return None


def regex_error(regex: str):
    """What is wrong with an editor's regular expression, in words, or None."""
    if len(regex) > MAX_PATTERN_LENGTH:
        return _("Keep the regular expression to %(count)s characters.") % {"count": MAX_PATTERN_LENGTH}
    try:
        re.compile(regex)
    except re.error as error:
        return _("This is not a valid regular expression (%(error)s). Correct it or choose a preset.") % {
            "error": error.msg
        }
    if nested_repetition(regex_parser.parse(regex)):
        return _(
            "A repeated part inside another repeated part, such as (a+)+, can take a very long time to "
            "check. Write the expression without it."
        )
    # Python-only syntax would not work in the pattern API clients get.
    if "(?P" in regex or "(?#" in regex or re.search(r"\\[AZ]", regex):
        return _("Use only syntax common to Python and JavaScript: no (?P<name>...), comments, \\A or \\Z.")
    return None


def _parts(value):
    """The sub-patterns inside one parsed item's arguments."""
    if isinstance(value, regex_parser.SubPattern):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _parts(item)


def nested_repetition(parsed, repeated: bool = False) -> bool:
    """Whether an open-ended repetition sits inside another repetition: the shape whose
    backtracking grows exponentially with the answer's length."""
    repeats = (regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT, regex_parser.POSSESSIVE_REPEAT)
    for op, argument in parsed:
        if op in repeats:
            _low, high, inner = argument
            if repeated and high == regex_parser.MAXREPEAT:
                return True
            if nested_repetition(inner, repeated or high > 1):
                return True
        elif any(nested_repetition(part, repeated) for part in _parts(argument)):
            return True
    return False

"""The API's JSON parser (REST_FRAMEWORK's DEFAULT_PARSER_CLASSES): every JSON body of every
endpoint passes here, so what no endpoint can handle is refused here with a 400 in the client's
language, before any view sees it.

* Nesting deeper than `MAX_DEPTH`: Python's parser gives up with a RecursionError after about a
  thousand levels (DRF's parser lets that through as a 500), and anything deeper than a handful
  of levels is not an answer to any of our forms.
* Lone surrogates (`"\\ud800"`): valid JSON escapes, but not text: they cannot be stored in the
  database or written out as UTF-8, so they failed later with a UnicodeEncodeError.
* Syntax errors: said in the client's language with the line and column, instead of Python's
  English message.

What passes has its text cleaned of invisible control characters (`foundations.free_text`).
"""

import json
import re

from django.utils.translation import gettext as _
from rest_framework import parsers
from rest_framework.exceptions import ParseError
from rest_framework.utils.json import strict_constant

from foundations.free_text import clean_input

#: The deepest nesting of arrays and objects accepted (the body itself is level 1).
MAX_DEPTH = 32

_SURROGATE = re.compile("[\ud800-\udfff]")


def _too_deep() -> ParseError:
    return ParseError(
        _("The request body is nested more than %(depth)s levels deep. Send the answers as a flat object.")
        % {"depth": MAX_DEPTH}
    )


def _not_text() -> ParseError:
    return ParseError(
        _("The request body holds text that is not valid Unicode (a lone surrogate). Send the text as it was typed.")
    )


def check_structure(data) -> None:
    """Raise ParseError for nesting deeper than MAX_DEPTH or a lone surrogate in any string or
    key. Walks with a list instead of recursion, so no depth can exhaust the stack."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise _too_deep()
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and _SURROGATE.search(key):
                    raise _not_text()
                pending.append((item, depth + 1))
        elif isinstance(value, str) and _SURROGATE.search(value):
            raise _not_text()


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, with the checks of the module's docstring and translated errors."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = parsers.get_encoding(parser_context or {})
        try:
            text = stream.read().decode(encoding)
        except UnicodeDecodeError:
            raise ParseError(_("The request body is not valid UTF-8 text.")) from None
        try:
            data = json.loads(text, parse_constant=strict_constant if self.strict else None)
        except RecursionError:
            raise _too_deep() from None
        except json.JSONDecodeError as error:
            raise ParseError(
                _("The request body is not valid JSON (line %(line)s, column %(column)s). Check the syntax there.")
                % {"line": error.lineno, "column": error.colno}
            ) from None
        except ValueError:  # NaN or Infinity, which JSON does not have
            raise ParseError(_("The request body holds a number JSON does not allow (NaN or Infinity).")) from None
        check_structure(data)
        return clean_input(data)

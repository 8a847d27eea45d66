"""Secret links out of every log: the one list of URL paths whose next segment is a token.

A case link, its receipt, an application draft, a booking, a feedback follow-up, an office
screen and an editor's password reset all carry a secret in the path: whoever reads an access
log (or a backup of it) could open them. Every log format the project ships masks that segment as `[token]`: gunicorn's
access log (`GunicornLogger`, named in deploy/gunicorn.conf.py), Django's own request logging
(`kommunportal.logging`), and nginx (the `map` in deploy/nginx/kommunportal.conf, compared with
this list by tests/foundations/test_access_log.py).

The paths are written out, Swedish and English, rather than read from the URL configuration:
the gunicorn master logs without Django set up. A test resolves every URL with a `token` in it
in every language and checks that it is masked.
"""

import re

#: Paths (after an optional language prefix such as /en/) whose next segment is a secret token.
TOKEN_PATHS = (
    "arende/",  # a case and its receipt (Swedish)
    "case/",  # a case and its receipt (English, Arabic)
    "e/application/(?!draft/)",  # an application draft (draft/<id>/ from Mina sidor is no secret)
    "e/booking/",  # a booking behind the case link
    "synpunkt/",  # a feedback follow-up (Swedish)
    "feedback/",  # a feedback follow-up (English, Arabic)
    "skarm/",  # an office screen's kiosk link (Swedish)
    "screen/",  # an office screen's kiosk link (English, Arabic)
    "admin/password_reset/confirm/[^/]+/",  # an editor's password reset (after the user id)
    "e/problem_report/follow/confirm/",  # confirming that one follows a report
    "api/v1/handover/files/",  # a case system's short-lived link to a case's file
)

MASK = "[token]"

#: The address up to the token (with its scheme and host, if any), then the token. It is searched
#: for anywhere in a line (a request line, a referrer, an error message), where a path or an
#: address begins: not in the middle of another path (/nyheter/case/...).
TOKEN_IN_PATH = re.compile(
    r"(?<![\w./-])((?:[a-z][a-z0-9+.-]*://[^/\s\"']+)?(?:/[a-z]{2})?/(?:" + "|".join(TOKEN_PATHS) + r"))[^/\s?#\"']+"
)


def mask_tokens(text: str) -> str:
    """`text` with the token segment of every secret link replaced by `[token]`."""
    return TOKEN_IN_PATH.sub(lambda found: found.group(1) + MASK, text)


try:
    from gunicorn.glogging import Logger
except ImportError:  # pragma: no cover - gunicorn is in requirements.txt
    Logger = None

if Logger is not None:

    class GunicornLogger(Logger):
        """gunicorn's logger with secret links masked in every access-log field (request
        line, path, referrer: a page with a token sends its address as Referer to its own
        style sheets and forms)."""

        def atoms(self, resp, req, environ, request_time):
            atoms = super().atoms(resp, req, environ, request_time)
            return {key: mask_tokens(value) if isinstance(value, str) else value for key, value in atoms.items()}

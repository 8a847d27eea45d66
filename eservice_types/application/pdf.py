"""The submitted application as a PDF for the handler's file: reference, service, dates, each
step's answers and the attachments' names.

Rendered from an HTML template by WeasyPrint, which shapes text with HarfBuzz and lays it out
with Pango: Arabic is joined and runs right to left, and Chinese, Tigrinya, Thai and emoji are
drawn from whichever installed font has them (Debian's fonts-dejavu-core, fonts-noto-core and
fonts-noto-cjk). Each line of an answer takes its direction from its own text, as `dir="auto"`
does in a browser: WeasyPrint does not read `dir="auto"`, so the direction is worked out here.
"""

import unicodedata

from django.template.loader import render_to_string
from django.utils import timezone, translation
from weasyprint import HTML, URLFetcher

TEMPLATE = "eservice_blocks/application/pdf.html"


#: The document is made from the case alone: nothing in it makes the server fetch anything
#: (answers are escaped text anyway), neither from the network nor from its disk.
_NO_FETCHING = URLFetcher(allowed_protocols=("data",), allow_redirects=False)


def direction(text: str) -> str:
    """ "rtl" when the first letter with a direction is Arabic or Hebrew, else "ltr" (the rule
    of `dir="auto"`)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def paragraphs(text) -> list[dict]:
    """An answer's lines, each with its own direction; an empty line stays as a gap."""
    return [{"text": line, "dir": direction(line)} for line in str(text or "-").splitlines()]


def _steps(case) -> list[dict]:
    return [
        {
            "title": step["title"],
            "dir": direction(str(step["title"])),
            "answers": [
                {"label": item["label"], "dir": direction(str(item["label"])), "lines": paragraphs(item["value"])}
                for item in step["answers"]
            ],
        }
        for step in (case.data or {}).get("steps", [])
    ]


def application_pdf(case) -> bytes:
    return HTML(string=application_html(case), url_fetcher=_NO_FETCHING).write_pdf()


def application_html(case) -> str:
    """The document the PDF is made from, in the handler's language; the answers in the
    citizen's, each in its own direction."""
    language = translation.get_language() or "sv"
    context = {
        "case": case,
        "received": timezone.localtime(case.received_at),
        "steps": _steps(case),
        "attachments": [{"text": item.name, "dir": direction(item.name)} for item in case.attachments.all()],
        "language": language,
        "direction": "rtl" if translation.get_language_bidi() else "ltr",
        "answers_language": case.language,
    }
    return render_to_string(TEMPLATE, context)

"""The submitted application as a PDF for the handler's file: reference, service, dates, each
step's answers and the attachments' names.

Rendered from an HTML template by WeasyPrint, which shapes text with HarfBuzz and lays it out
with Pango: Arabic is joined and runs right to left, and Chinese, Tigrinya, Thai and emoji are
drawn from whichever installed font has them (Debian's fonts-dejavu-core, fonts-noto-core and
fonts-noto-cjk). Each answer takes its direction from its own text (`dir="auto"`).
"""

from django.template.loader import render_to_string
from django.utils import timezone, translation
from weasyprint import HTML, URLFetcher

TEMPLATE = "eservice_blocks/application/pdf.html"


#: The document is made from the case alone: nothing in it makes the server fetch anything
#: (answers are escaped text anyway), neither from the network nor from its disk.
_NO_FETCHING = URLFetcher(allowed_protocols=("data",), allow_redirects=False)


def application_pdf(case) -> bytes:
    return HTML(string=application_html(case), url_fetcher=_NO_FETCHING).write_pdf()


def application_html(case) -> str:
    """The document the PDF is made from, in the handler's language; the answers in the
    citizen's, each in its own direction."""
    language = translation.get_language() or "sv"
    context = {
        "case": case,
        "received": timezone.localtime(case.received_at),
        "steps": (case.data or {}).get("steps", []),
        "attachments": [attachment.name for attachment in case.attachments.all()],
        "language": language,
        "direction": "rtl" if translation.get_language_bidi() else "ltr",
        "answers_language": case.language,
    }
    return render_to_string(TEMPLATE, context)

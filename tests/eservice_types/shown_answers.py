"""Where a case's answers are shown, read back as text: the handler's case view, the
application PDF, the citizen's case in the API and the receipt e-mail.

Each reader gives a list of (label, value lines) pairs, so that a long answer's line breaks
count and the places can be compared with each other and with what the citizen typed."""

import io
import re
import unicodedata

from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from eservice_types.application.pdf import application_pdf


def lines(text: str) -> list[str]:
    return [line.strip() for line in str(text).splitlines() if line.strip()]


def handler_user() -> User:
    return User.objects.filter(username="answers-handler").first() or User.objects.create_superuser(
        "answers-handler", "handler@exempel.se", "pw-not-used-123"
    )


def in_the_case_view(client, case) -> list[list[tuple[str, list[str]]]]:
    """Every table of answers the handler sees on the case page (the answers, and an
    application's answers per step), each as (label, value lines)."""
    client.force_login(handler_user())
    response = client.get(reverse("eservice_blocks_case", args=[case.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    tables = []
    for table in soup.select("table.listing"):
        if table.find("thead"):
            continue  # the history
        tables.append(
            [(row.th.get_text(strip=True), lines(row.td.get_text("\n"))) for row in table.select("tr") if row.th]
        )
    client.logout()
    return tables


def in_the_api(client, access_token: str) -> list[tuple[str, list[str]]]:
    response = client.get("/api/v1/case/", HTTP_AUTHORIZATION=f"Bearer {access_token}")
    assert response.status_code == 200
    return [(item["label"], lines(item["value"])) for item in response.json()["answers"]]


def in_the_receipt(labels: list[str]) -> list[tuple[str, list[str]]]:
    """The answers in the last e-mail sent: each label on a line of its own ending in a colon,
    its value on the indented lines after it."""
    body = mail.outbox[-1].body
    found = []
    for label in labels:
        match = re.search(rf"^{re.escape(label)}:\n((?:  .*\n?)+)", body, re.M)
        assert match, f"{label!r} is not in the receipt:\n{body}"
        found.append((label, lines(match.group(1))))
    return found


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(character) in ("R", "AL") for character in text)


def as_drawn(line: str) -> str:
    """A line as it can be compared with the text read back from a PDF. Text is read back in
    the order it is drawn: a line that mixes right-to-left with other text comes back run by
    run in visual order, each word still in its logical order. Such a line is compared by its
    words and marks; any other line as it is."""
    if not _has_right_to_left(line):
        return line
    return " ".join(sorted(re.findall(r"[^\W\d_]+|\d+|[^\w\s]", line)))


def in_the_pdf(case, expected: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The expected answers that the application PDF shows, in order: each label followed by
    its value's lines (`as_drawn`, and the expected lines likewise)."""
    text = lines(pdf_text(application_pdf(case)))
    found, position = [], 0
    for label, value in expected:
        try:
            start = text.index(label, position)
        except ValueError:
            continue
        found.append((label, [as_drawn(line) for line in text[start + 1 : start + 1 + len(value)]]))
        position = start + 1 + len(value)
    return found


def access_token_of(receipt_url: str) -> str:
    """The case's access token in the receipt's address (…/<token>/<receipt in the language>/)."""
    return receipt_url.rstrip("/").split("/")[-2]


def in_language(page, language: str):
    """`page` in `language`: itself in Swedish, else a published translation (and its parents)."""
    from wagtail.models import Locale

    if language == page.locale.language_code:
        return page
    locale = Locale.objects.get(language_code=language)
    translated = page.get_translation_or_none(locale) or page.copy_for_translation(locale, copy_parents=True)
    for ancestor in [*translated.get_ancestors().filter(depth__gt=1).specific(), translated.specific]:
        if ancestor.alias_of_id is None:  # parents are copied as aliases, live with their source
            ancestor.save_revision().publish()
    return translated.specific

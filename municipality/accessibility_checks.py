"""The site's own automated accessibility checks, read from the content of its live pages, so a
new accessibility statement starts with the shortcomings they find instead of an empty list.

What the browser tests check (axe on every page type) is fixed in the code; these checks find
what editors put in: documents that may not be accessible, links that do not say where they
lead, headings that skip a level, and alternative texts that say nothing.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.conf import settings
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

#: Link texts that do not say where the link leads (WCAG 2.4.4), in the site's languages.
VAGUE_LINK_TEXTS = {
    "här", "klicka här", "läs mer", "mer", "länk", "här kan du läsa mer",
    "here", "click here", "read more", "more", "link",
    "هنا", "اضغط هنا", "اقرأ المزيد", "المزيد",
}  # fmt: skip
#: Alternative texts that only say that there is a picture (WCAG 1.1.1).
EMPTY_ALT_TEXTS = {"bild", "foto", "fotografi", "image", "picture", "photo", "صورة"}
#: How many pages a shortcoming names before "and N more".
PAGES_NAMED = 5


@dataclass
class Finding:
    """One kind of shortcoming and the pages it was found on."""

    kind: str
    pages: list = field(default_factory=list)
    details: set = field(default_factory=set)


class _Content(HTMLParser):
    """Links (with their text and whether they lead to a document) and heading levels of HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, bool]] = []
        self.headings: list[int] = []
        self._link = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a":
            document = attributes.get("linktype") == "document" or (attributes.get("href") or "").lower().endswith(
                (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt")
            )
            self._link = ["", document]
        elif len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))

    def handle_data(self, data):
        if self._link is not None:
            self._link[0] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self.links.append((" ".join(self._link[0].split()), self._link[1]))
            self._link = None


def _strings_and_images(value, strings: list, alt_texts: list):
    """Every HTML string and every image's alternative text in a stream's raw data."""
    if isinstance(value, dict):
        if "alt_text" in value and not value.get("decorative"):
            alt_texts.append(value.get("alt_text") or "")
        for item in value.values():
            _strings_and_images(item, strings, alt_texts)
    elif isinstance(value, list):
        for item in value:
            _strings_and_images(item, strings, alt_texts)
    elif isinstance(value, str) and "<" in value:
        strings.append(value)


def _page_content(page) -> tuple[_Content, list[str]]:
    strings, alt_texts = [], []
    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField):
            _strings_and_images(list(getattr(page, model_field.name).raw_data), strings, alt_texts)
        elif isinstance(model_field, RichTextField):
            strings.append(getattr(page, model_field.name) or "")
    content = _Content()
    for text in strings:
        content.feed(text)
        content.close()
        content.reset()
    return content, alt_texts


def skips_a_heading_level(levels: list[int]) -> bool:
    """A body's headings under the page's h1: h2 first, and never more than one level deeper."""
    previous = 1
    for level in levels:
        if level > previous + 1:
            return True
        previous = level
    return False


def find(pages=None) -> dict[str, Finding]:
    """The findings of every check on the live pages (or on `pages`), by kind."""
    pages = Page.objects.live().specific() if pages is None else pages
    found = {kind: Finding(kind) for kind in CHECKS}
    for page in pages:
        content, alt_texts = _page_content(page)
        hits = {
            "documents": [text for text, document in content.links if document],
            "vague-links": [text for text, _document in content.links if text.lower() in VAGUE_LINK_TEXTS],
            "headings": [True] if skips_a_heading_level(content.headings) else [],
            "alt-texts": [alt for alt in alt_texts if alt.strip().lower() in EMPTY_ALT_TEXTS or "." in alt[-5:]],
        }
        for kind, details in hits.items():
            if details:
                found[kind].pages.append(page)
                found[kind].details.update(str(detail) for detail in details if isinstance(detail, str))
    return {kind: finding for kind, finding in found.items() if finding.pages}


#: Each check: the shortcoming's title and what it means for the reader, in the statement's words.
CHECKS = {
    "documents": (
        gettext_lazy("Documents that may not be accessible"),
        gettext_lazy(
            "Some pages link to documents (PDF or office files) that have not been checked for accessibility: "
            "a screen reader may not be able to read them."
        ),
    ),
    "vague-links": (
        gettext_lazy("Links that do not say where they lead"),
        gettext_lazy("Some links are called only %(texts)s: out of context, the reader cannot tell where they lead."),
    ),
    "headings": (
        gettext_lazy("Headings that skip a level"),
        gettext_lazy(
            "On some pages the headings skip a level, which makes the page harder to follow with a screen reader."
        ),
    ),
    "alt-texts": (
        gettext_lazy("Images whose text alternative says nothing"),
        gettext_lazy(
            "Some images are described only as %(texts)s, so a reader who cannot see them misses what they show."
        ),
    ),
}


def _pages_named(pages) -> str:
    titles = sorted({page.title for page in pages})
    named = ", ".join(titles[:PAGES_NAMED])
    if len(titles) > PAGES_NAMED:
        return _("%(pages)s and %(count)d more") % {"pages": named, "count": len(titles) - PAGES_NAMED}
    return named


def shortcomings(pages=None) -> list[tuple[str, dict]]:
    """The findings as the statement's shortcomings (its StreamField's value), in the site's
    default language, where the statement is written first."""
    with translation.override(settings.LANGUAGE_CODE):
        out = []
        for kind, finding in find(pages).items():
            title, description = CHECKS[kind]
            quoted = [_("“%(text)s”") % {"text": detail} for detail in sorted(finding.details)]
            text = str(description) % {"texts": ", ".join(quoted)[:200]}
            where = str(format_lazy(gettext_lazy("Found on: {}."), _pages_named(finding.pages)))
            out.append(("shortcoming", {"title": str(title), "description": f"{text} {where}"[:800], "fix": ""}))
        return out

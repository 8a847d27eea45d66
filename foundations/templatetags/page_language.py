"""`lang` and `dir` for what a page shows in another language than its own: a Swedish page in an
English list keeps its Swedish title, marked so that screen readers and fonts treat it right."""

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _

from foundations.pages import foreign_language

register = template.Library()


@register.filter
def lang_attrs(item):
    """` lang="sv" dir="ltr"` for a page (or a list entry, a search document, a language code)
    in another language than the reader's; nothing when it is in the reader's language."""
    language = foreign_language(item)
    if not language:
        return ""
    direction = "rtl" if translation.get_language_info(language)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)


@register.filter
def hreflang_attr(item):
    """` hreflang="sv"` for a link to a page in another language than the reader's."""
    language = foreign_language(item)
    return format_html(' hreflang="{}"', language) if language else ""


@register.filter
def language_note(item):
    """A short note after a link to a page in another language: "(in Swedish)", in the reader's
    language, so nobody follows a link in their language to a page they cannot read unawares."""
    language = foreign_language(item)
    if not language:
        return ""
    name = translation.get_language_info(language)["name_translated"]
    return format_html(' <span class="language-note">{}</span>', _("(in %(language)s)") % {"language": name})

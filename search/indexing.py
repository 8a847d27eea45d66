"""Building the search documents of a page: the page (or guide) itself and each e-service on it,
in the page's language. Called on publish and unpublish (through a background task) and by
`manage.py rebuild_search_index`."""

from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from cms_pages.models import AudiencePage, GuidePage
from eservice_blocks.blocks import EServiceBlock
from foundations.pages import restricted_paths

from .backends.registry import registry
from .models import DocumentKind, SearchDocument
from .text import SNOWBALL, block_text, with_parts, words

#: Pages read, and documents stored, at a time during a full rebuild.
REBUILD_CHUNK = 500


def vocabulary(language: str) -> set[str]:
    """The site's own words in one language (titles and descriptions of what can be found):
    compounds are split into these."""
    found: set[str] = set()
    for title, description in SearchDocument.objects.filter(language=language).values_list("title", "description"):
        found.update(words(title))
        found.update(words(description))
    return found


def is_searchable(page) -> bool:
    return page.live and page.depth > 1 and not any(page.path.startswith(path) for path in restricted_paths())


def documents_for(page) -> list[SearchDocument]:
    """The documents one live, public page gives (not saved)."""
    page = page.specific
    language = page.locale.language_code
    url = page.get_url() or ""
    audiences = ", ".join(audience.title for audience in _audiences(page))
    kind = DocumentKind.GUIDE if isinstance(page, GuidePage) else DocumentKind.PAGE
    body_parts, eservices = [], []
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for child in getattr(page, field.name):
                if isinstance(child.block, EServiceBlock):
                    eservices.append(child)
                else:
                    # With what is nested in it: an e-service in a guide's outcome is found as the
                    # guide. It shows only at the end of the walk, not at an anchor: a result of
                    # its own led to the guide's first question and repeated the e-service's page.
                    body_parts.append(block_text(child.value))
    # A page type's own facts that are not in a stream (a place's address, services, ...).
    if callable(getattr(page, "search_text", None)):
        body_parts.append(page.search_text())
    documents = [
        SearchDocument(
            language=language,
            kind=kind,
            page=page,
            block_id="",
            title=page.title,
            description=str(getattr(page, "intro", "") or page.search_description or ""),
            body=" ".join(part for part in body_parts if part),
            audiences=audiences,
            url=url,
        )
    ]
    for child in eservices:
        value = child.value
        documents.append(
            SearchDocument(
                language=language,
                kind=DocumentKind.ESERVICE,
                page=page,
                block_id=child.id,
                title=str(value.get("title") or page.title),
                description=str(value.get("intro") or ""),
                body=f"{page.title} {child.block.plugin.label}",
                audiences=audiences,
                url=f"{url}#es-{child.id}",
            )
        )
    return documents


def _audiences(page):
    if isinstance(page, AudiencePage):
        return []
    if hasattr(page, "audience_pages"):
        return list(page.audience_pages())
    parent = page.get_parent().specific
    return [parent] if isinstance(parent, AudiencePage) else []


def index_page(page, vocabulary_words: set[str] | None = None) -> int:
    """Replace the page's documents, in the database and in every backend that is kept current;
    none when the page is not live or not public."""
    with transaction.atomic():
        remove_page(page.pk)
        documents = store_page(page, vocabulary_words)
        for backend in registry.kept_current():
            if documents:
                backend.index_documents(documents)
    return len(documents)


def store_page(page, vocabulary_words: set[str] | None = None) -> list[SearchDocument]:
    """Store the documents of a searchable page (after its old ones were removed)."""
    if not is_searchable(page):
        return []
    documents = documents_for(page)
    known = vocabulary_words if vocabulary_words is not None else vocabulary(documents[0].language)
    SearchDocument.objects.bulk_create(with_terms(documents, known))
    return documents


def with_terms(documents: list[SearchDocument], known: set[str]) -> list[SearchDocument]:
    """The documents with their terms: compounds split into the known words and their own."""
    for document in documents:
        own = known | set(words(document.title)) | set(words(document.description))
        document.title_terms = with_parts(document.title, own)
        document.terms = with_parts(f"{document.description} {document.body} {document.audiences}", own)
    return documents


def remove_page(page_id: int) -> None:
    languages = set(SearchDocument.objects.filter(page_id=page_id).values_list("language", flat=True))
    SearchDocument.objects.filter(page_id=page_id).delete()
    if languages:
        for backend in registry.kept_current():
            backend.remove_page(page_id, languages)


def rebuild(progress=None) -> int:
    """Index every live page: each page is read once, then the vocabulary (which compounds are
    split into) is taken from all titles and descriptions, then the documents are stored with
    their terms; then each backend that is kept current indexes them all anew."""
    pages = Page.objects.live().filter(depth__gt=1).order_by("path")
    total = pages.count()
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    collected: list[list[SearchDocument]] = []
    by_language: dict[str, set[str]] = {language: set() for language in SNOWBALL}
    for number, page in enumerate(pages.specific().iterator(chunk_size=REBUILD_CHUNK), start=1):
        Page.locale.field.set_cached_value(page, locales[page.locale_id])  # one query saved per page
        if is_searchable(page):
            documents = documents_for(page)
            for document in documents:
                # Only the id is stored: a hundred thousand pages' stream data would not fit.
                SearchDocument.page.field.delete_cached_value(document)
                known = by_language.setdefault(document.language, set())
                known.update(words(document.title))
                known.update(words(document.description))
            collected.append(documents)
        if progress is not None:
            progress(number, total)
    count = 0
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        batch: list[SearchDocument] = []
        for documents in collected:
            batch += with_terms(documents, by_language[documents[0].language])
            if len(batch) >= REBUILD_CHUNK:
                count += len(SearchDocument.objects.bulk_create(batch))
                batch = []
        count += len(SearchDocument.objects.bulk_create(batch))
    languages = set(Locale.objects.values_list("language_code", flat=True))
    for backend in registry.kept_current():
        backend.rebuild(languages, SearchDocument.objects.order_by("pk").iterator())
    return count

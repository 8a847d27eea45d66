"""What the site search finds (one document per page, guide and e-service, per language), the
synonyms editors keep, and the anonymous weekly log of what citizens searched for."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class DocumentKind(models.TextChoices):
    PAGE = "page", _("Page")
    GUIDE = "guide", _("Guide")
    ESERVICE = "eservice", _("E-service")


class SearchDocument(models.Model):
    """One thing a citizen can find: a page, a guide, or an e-service on a page (found by its
    title and description, leading to the page that holds it). Rebuilt when the page is
    published; `terms` holds the words with compounds split, which the backends search."""

    language = models.CharField(max_length=8, db_index=True)
    kind = models.CharField(max_length=16, choices=DocumentKind.choices)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64, blank=True)
    title = models.CharField(max_length=255)
    description = models.TextField(blank=True)
    body = models.TextField(blank=True)
    audiences = models.CharField(max_length=500, blank=True)
    url = models.CharField(max_length=500)
    #: Title, description and body words with compound words also split into their parts.
    title_terms = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    #: PostgreSQL only: title (weight A) and terms (weight C) in the language's text search
    #: configuration, GIN-indexed. Unused on other databases.
    search_vector = SearchVectorField(null=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "block_id"], name="one_search_document_per_block")]

    def __str__(self):
        return self.title


class Synonym(index.Indexed, models.Model):
    """Words citizens use for what the site calls something else: "dagis" finds "förskola"."""

    language = models.CharField(
        _("language"), max_length=8, choices=[("sv", "Svenska"), ("en", "English"), ("ar", "العربية")], default="sv"
    )
    words = models.CharField(
        _("citizens' words"),
        max_length=255,
        help_text=_("Comma-separated, e.g. “dagis, dagiset”."),
    )
    means = models.CharField(_("search for"), max_length=255, help_text=_("The words the site uses, e.g. “förskola”."))

    panels = [FieldPanel("language"), FieldPanel("words"), FieldPanel("means")]
    search_fields = [index.SearchField("words"), index.SearchField("means"), index.AutocompleteField("words")]

    class Meta:
        ordering = ["language", "words"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return f"{self.words} → {self.means}"

    def word_list(self) -> list[str]:
        return [word.strip().casefold() for word in self.words.split(",") if word.strip()]


class QueryWeek(models.Model):
    """How often a (masked, normalised) query was searched in one week, how often it found
    nothing, and how often a result was opened. No time of day, no address, no session."""

    week = models.DateField(db_index=True, help_text="The Monday of the week.")
    language = models.CharField(max_length=8)
    query = models.CharField(max_length=200)
    searches = models.PositiveIntegerField(default=0)
    zero_hits = models.PositiveIntegerField(default=0)
    clicks = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["week", "language", "query"], name="one_row_per_query_week")]
        ordering = ["-week", "-searches"]

    def __str__(self):
        return f"{self.week} {self.language} {self.query}"


class PendingIndexUpdate(models.Model):
    """A page whose documents the search engine does not hold yet because it could not be
    reached: replayed with backoff from the stored documents (the outbox pattern, as for e-mail).
    One row per page: a later change of the page is covered by the same replay."""

    page_id = models.BigIntegerField(unique=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(db_index=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["next_attempt_at"]

    def __str__(self):
        return f"page {self.page_id} ({self.attempts} attempts)"

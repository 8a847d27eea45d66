"""The PostgreSQL backend: full-text search with the language's Snowball configuration
(swedish, english, arabic) over a GIN-indexed, weighted tsvector, ranked with ts_rank."""

from django.db import connection
from django.utils.translation import gettext_lazy as _

from ..models import SearchDocument
from ..results import Hit
from ..text import SNOWBALL
from .base import SearchBackend
from .registry import registry

#: The most hits a search returns (20 result pages).
MAX_HITS = 200
#: Fields a result never shows, left in the database.
UNSHOWN_FIELDS = ("terms", "title_terms", "search_vector")


def config_for(language: str) -> str:
    """PostgreSQL's text search configuration for the language (the Snowball stemmers)."""
    return SNOWBALL.get(language, "simple")


@registry
class PostgresBackend(SearchBackend):
    id = "postgres"
    label = _("PostgreSQL full-text search")
    preference = 10

    def suits(self, connection) -> bool:
        return connection.vendor == "postgresql"

    def hits(self, groups, language, stem) -> list[Hit]:
        """Found by prefix (so that "bygg" finds "bygglov"), ranked by exact words: how well they
        match (title weighs most), whether all of them match, and a short title made of them."""
        config = config_for(language)
        terms = [term for group in groups for term in group]
        prefix_any = " | ".join(f"{term}:*" for term in terms)
        exact_any = " | ".join(terms)
        exact_all = " & ".join(f"({' | '.join(group)})" for group in groups)
        table = SearchDocument._meta.db_table
        sql = (
            "WITH q AS (SELECT to_tsquery(%(c)s::regconfig, %(pa)s) AS prefix_any, "  # noqa: S608
            "to_tsquery(%(c)s::regconfig, %(ea)s) AS exact_any, to_tsquery(%(c)s::regconfig, %(el)s) AS exact_all) "
            "SELECT id, ts_rank(search_vector, q.exact_any, 1) + 0.2 * ts_rank(search_vector, q.prefix_any, 1) "
            "+ CASE WHEN search_vector @@ q.exact_all THEN 1 ELSE 0 END "
            "+ CASE WHEN to_tsvector(%(c)s::regconfig, title_terms) @@ q.exact_all "
            "THEN 1.0 / (1 + length(to_tsvector(%(c)s::regconfig, title_terms))) ELSE 0 END AS score "
            f"FROM {table}, q WHERE language = %(l)s AND search_vector @@ q.prefix_any "
            "ORDER BY score DESC, title LIMIT %(n)s"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                sql, {"c": config, "pa": prefix_any, "ea": exact_any, "el": exact_all, "l": language, "n": MAX_HITS}
            )
            rows = cursor.fetchall()
        documents = SearchDocument.objects.defer(*UNSHOWN_FIELDS).in_bulk([row[0] for row in rows])
        return [Hit(documents[pk], float(score)) for pk, score in rows if pk in documents]

    def index_documents(self, documents) -> None:
        update_vectors([document.pk for document in documents if document.pk])

    def rebuild(self, languages, documents) -> None:
        update_vectors()


def update_vectors(document_ids=None) -> None:
    """(Re)compute the weighted tsvector (title A, text C) in each document's language."""
    for language, config in SNOWBALL.items():
        queryset = SearchDocument.objects.filter(language=language)
        if document_ids is not None:
            queryset = queryset.filter(pk__in=document_ids)
        with connection.cursor() as cursor:
            ids = list(queryset.values_list("pk", flat=True))
            if not ids:
                continue
            cursor.execute(  # the table name is ours; every value is a parameter
                f"UPDATE {SearchDocument._meta.db_table} SET search_vector = "  # noqa: S608
                "setweight(to_tsvector(%s::regconfig, title_terms), 'A') || "
                "setweight(to_tsvector(%s::regconfig, terms), 'C') WHERE id = ANY(%s)",
                [config, config, ids],
            )

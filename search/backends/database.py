"""The database backend: any database (SQLite by default), the language's Snowball stemmer in
Python, title matches scored above text matches."""

import math

from django.utils.translation import gettext_lazy as _

from ..models import SearchDocument
from ..results import Hit
from .base import SearchBackend
from .registry import registry


@registry
class DatabaseBackend(SearchBackend):
    id = "database"
    label = _("Database (any)")

    def hits(self, groups, language, stem) -> list[Hit]:
        stem_groups = [{stem(term) for term in group} for group in groups]
        stems = set().union(*stem_groups)
        hits = []
        for document in SearchDocument.objects.filter(language=language).select_related("page"):
            title = [stem(word) for word in document.title_terms.split()]
            body = [stem(word) for word in document.terms.split()]
            words_here = set(title) | set(body)
            matched = sum(1 for group in stem_groups if group & words_here)
            if not matched:
                continue
            score = sum(3.0 for term in stems if term in title) + sum(math.log1p(body.count(term)) for term in stems)
            # A title made of the query's words (a short, exact title) beats a long one mentioning them.
            score += 2.0 * sum(1 for word in title if word in stems) / max(len(title), 1)
            score *= matched / len(stem_groups)
            hits.append(Hit(document, score))
        hits.sort(key=lambda hit: (-hit.score, hit.document.title))
        return hits

"""The search results page (ten per page, never indexed, works without JavaScript), the link
that counts an opened result, and title suggestions for the search box."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from . import engine, querylog
from .models import SearchDocument
from .query import clean_query
from .text import words

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


@require_GET
def search(request):
    query = clean_query(request.GET.get("q", ""))
    language = translation.get_language()
    results, page = None, None
    if query:
        results = engine.search(query, language)
        paginator = Paginator(results.hits, RESULTS_PER_PAGE)
        try:
            page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
        if page.number == 1:
            querylog.record_search(query, language, results.total)
    context = {"search_query": query, "results": results, "search_results": page}
    response = TemplateResponse(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def open_result(request, document_id):
    """Count that a result was opened for this query, then go to it."""
    document = SearchDocument.objects.filter(pk=document_id).first()
    if document is None:
        raise Http404
    query = clean_query(request.GET.get("q", ""))
    if query:
        querylog.record_click(query, document.language)
    response = HttpResponseRedirect(document.url)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def suggestions(request):
    """Titles that start with what has been typed so far (for the search box, with JavaScript)."""
    typed = words(clean_query(request.GET.get("q", "")))
    found = []
    if typed and len(typed[-1]) >= 2:
        language = translation.get_language()
        candidates = SearchDocument.objects.filter(language=language, title_terms__icontains=typed[-1])
        for title, title_terms in candidates.values_list("title", "title_terms")[:200]:
            if any(term.startswith(typed[-1]) for term in title_terms.split()) and title not in found:
                found.append(title)
            if len(found) >= SUGGESTIONS:
                break
    response = JsonResponse({"suggestions": sorted(found, key=len)})
    response["Cache-Control"] = "public, max-age=60"
    return response

"""The search results page: pages of the citizen's language, ten per page, never indexed."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.views.decorators.vary import vary_on_headers
from wagtail.models import Locale

from .query import clean_query, search_pages

RESULTS_PER_PAGE = 10


@vary_on_headers("Accept-Language")
def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        paginator = Paginator(search_pages(query, Locale.get_active().pk), RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    response = TemplateResponse(request, "search/search.html", {"search_query": query, "search_results": results})
    response["X-Robots-Tag"] = "noindex"
    return response

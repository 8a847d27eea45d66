"""Find the page for a URL in two queries, whatever its depth, and usually in none.

Wagtail routes by walking the tree, two queries per level. Our page types use Wagtail's
default routing, so a page can be found directly by its URL path under the language's home
page, and kept in the navigation cache until the next publish. An address below a page with
routes of its own (`RoutablePageMixin`) is served by that page's route. Anything else (a page
type with its own `route()`, a missing or unpublished page) falls back to Wagtail's routing.
"""

from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from cms_pages import navigation
from cms_pages.models import OwnedPage
from foundations import tree_cache


def _specific_page(queryset) -> Page | None:
    """The first page of `queryset` as its specific type, in one query for our own page types
    (their tables are joined in) and two for any other."""
    joinable = {model: model._meta.model_name for model in OwnedPage.owned_models()}
    page = queryset.select_related(*joinable.values()).first()
    if page is None:
        return None
    specific_class = page.specific_class
    if specific_class in joinable:
        return getattr(page, joinable[specific_class])
    return page.specific


def fast_route(request, path: str, *, own_routes: bool = True) -> RouteResult | None:
    """The page at `path` in the request's language, or None to leave it to Wagtail.

    With `own_routes`, an address below a page with routes of its own (a news feed, an event's
    calendar file) is found as well, in the same single query: the deepest page whose address
    starts the path.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    tree = navigation.site_tree(site).get(translation.get_language())
    if tree is None:
        return None
    components = [component for component in path.split("/") if component]
    home_path = tree.home.url_path
    prefixes = [home_path + "".join(f"{part}/" for part in components[:size]) for size in range(len(components) + 1)]
    if not own_routes:
        prefixes = prefixes[-1:]

    def find():
        page = _specific_page(
            Page.objects.filter(url_path__in=prefixes, path__startswith=tree.home.path).order_by("-depth")
        )
        if page is None or not page.live:
            return False
        routable = isinstance(page, RoutablePageMixin)
        if type(page).route is not Page.route and not routable:
            return False
        rest = components[page.depth - tree.home.depth :]
        if rest and not routable:
            return False  # no such page: Wagtail's routing answers 404
        return page, rest

    # The published page is cached until the next publish, so most page views need no query here.
    found = tree_cache.cached(f"route:{site.pk}:{int(own_routes)}:{prefixes[-1]}", find, shared=False)
    if not found:
        return None
    page, rest = found
    if isinstance(page, RoutablePageMixin):
        # A page with routes of its own is served by the route for the rest of the path, as
        # Wagtail would (its index route at its own address).
        try:
            view, args, kwargs = page.resolve_subpage("/" + "".join(f"{part}/" for part in rest))
        except Http404:
            return None
        return RouteResult(page, args=(view, args, kwargs))
    return RouteResult(page)

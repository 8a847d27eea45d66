"""Find the page for a URL in two queries, whatever its depth, and usually in none.

Wagtail routes by walking the tree, two queries per level. Our page types use Wagtail's
default routing, so a page can be found directly by its URL path under the language's home
page, and kept in the navigation cache until the next publish. Anything that does not match a
page exactly (a page with routes of its own, a missing page) falls back to Wagtail's routing.
"""

from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from cms_pages import navigation


def _specific_page(queryset) -> Page | None:
    """The first page of `queryset` as its specific type, in one query for our own page types
    (their tables are joined in) and two for any other."""
    from cms_pages.models import OwnedPage

    joinable = {model: model._meta.model_name for model in OwnedPage.owned_models()}
    page = queryset.select_related(*joinable.values()).first()
    if page is None:
        return None
    specific_class = page.specific_class
    if specific_class in joinable:
        return getattr(page, joinable[specific_class])
    return page.specific


def fast_route(request, path: str) -> RouteResult | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    tree = navigation.site_tree(site).get(translation.get_language())
    if tree is None:
        return None
    components = [component for component in path.split("/") if component]
    url_path = tree.home.url_path + "".join(f"{component}/" for component in components)

    def find():
        page = _specific_page(Page.objects.filter(url_path=url_path, path__startswith=tree.home.path))
        if page is None or not page.live:
            return False
        if type(page).route is not Page.route and not isinstance(page, RoutablePageMixin):
            return False
        return page

    # The published page is cached until the next publish, so most page views need no query here.
    page = navigation.cached(f"route:{site.pk}:{url_path}", find, shared=False)
    if not page:
        return None
    if isinstance(page, RoutablePageMixin):
        # A page with routes of its own (a news index and its feeds) is found here at its own
        # address, served by its index route as Wagtail would; the addresses below it go
        # through Wagtail's routing.
        return RouteResult(page, args=page.resolve_subpage("/"))
    return RouteResult(page)

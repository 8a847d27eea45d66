"""Find the page for a URL in two queries, whatever its depth.

Wagtail routes by walking the tree, two queries per level. Our page types use Wagtail's
default routing, so a page can be found directly by its URL path under the language's home
page. Anything that does not match a page exactly (a page with routes of its own, a missing
page) falls back to Wagtail's routing.
"""

from django.utils import translation
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from cms_pages import navigation


def fast_route(request, path: str) -> RouteResult | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    tree = navigation.site_tree(site).get(translation.get_language())
    if tree is None:
        return None
    components = [component for component in path.split("/") if component]
    url_path = tree.home.url_path + "".join(f"{component}/" for component in components)
    page = Page.objects.filter(url_path=url_path, path__startswith=tree.home.path).specific().first()
    if page is None or not page.live or type(page).route is not Page.route:
        return None
    return RouteResult(page)

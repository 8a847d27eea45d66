"""The page view: Wagtail's, with the page looked up by `cms_pages.routing` first."""

from wagtail import views as wagtail_views

from cms_pages.routing import fast_route


def serve(request, path):
    route = fast_route(request, path)
    if route is not None:
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)

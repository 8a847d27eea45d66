"""The page view: Wagtail's, with the page looked up by `cms_pages.routing` first."""

from wagtail import views as wagtail_views

from cms_pages.routing import fast_route


def serve(request, path):
    route = fast_route(request, path)
    if route is not None:
        request._wagtail_route_for_request = route
    response = wagtail_views.serve(request, path)
    if has_form_errors(request):
        # The page shown again with an e-service form's errors answers 400, as every other
        # form does, so that clients, tests and monitoring see that nothing was stored.
        response.status_code = 400
    return response


def has_form_errors(request) -> bool:
    """Whether an e-service POST left bound forms with errors (eservice_blocks' page hook)."""
    return any(form.errors for form in getattr(request, "eservice_forms", {}).values())

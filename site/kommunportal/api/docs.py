"""The browsable API documentation (Swagger UI, served from our own static files)."""

from csp.utils import build_policy
from django.conf import settings
from drf_spectacular.views import SpectacularSwaggerSplitView


class DocumentationView(SpectacularSwaggerSplitView):
    """Swagger UI under the site's Content-Security-Policy, except that it may set inline styles
    (it positions its panels that way); scripts still come only from our own origin."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        directives = dict(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
        directives["style-src"] = [*directives["style-src"], "'unsafe-inline'"]
        response["Content-Security-Policy"] = build_policy(config=directives)
        return response

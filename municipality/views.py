"""The brand stylesheet: the municipality's colours as CSS custom properties, served from the
site's own origin so the Content-Security-Policy needs no inline styles."""

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from wagtail.models import Site

from .identity import brand_css

#: The link carries a version of the colours, so browsers may keep the file; a day bounds a stale copy.
MAX_AGE_SECONDS = 24 * 3600


def brand_stylesheet(request):
    response = HttpResponse(brand_css(Site.find_for_request(request)), content_type="text/css; charset=utf-8")
    patch_cache_control(response, public=True, max_age=MAX_AGE_SECONDS)
    return response

"""Serve Wagtail's site lookup for a request from the navigation cache."""

from django.http.request import split_domain_port
from wagtail.models import Site

from foundations.pages import cached_site_for
from foundations.tree_cache import request_scope


class CachedSiteMiddleware:
    """Pre-fills `request._wagtail_site`, which Wagtail's `Site.find_for_request` uses as is, and
    scopes the navigation cache's per-request memory.

    Saves the site and root page queries on every page view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with request_scope():
            hostname = split_domain_port(request._get_raw_host())[0]
            request._wagtail_site = cached_site_for(
                hostname, request.get_port(), lambda: Site._find_for_request(request)
            )
            return self.get_response(request)

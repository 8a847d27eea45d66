"""Content endpoints: navigation, pages (list, one, by web address)."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Site

from cms_pages.navigation import site_tree
from cms_pages.routing import fast_route
from foundations.api import links
from foundations.api.conventions import LOCALE_PARAMETER, PAGINATION_PARAMETERS, ContentCachingMixin, Pagination
from foundations.api.schema import component, paginated, ref
from foundations.pages import NotTranslated, is_visible, locale_ids, public_page, visible_pages
from foundations.tree_cache import SETUP, cached, version

from . import pages

NOT_FOUND = {404: ref("Error")}


def _context(request) -> dict:
    return {"request": request}


class NavigationView(ContentCachingMixin, APIView):
    """The main navigation of one language: its home page and the audience pages."""

    @extend_schema(parameters=[LOCALE_PARAMETER], responses={200: ref("Navigation")}, operation_id="navigation")
    def get(self, request):
        site = Site.find_for_request(request._request)
        tree = site_tree(site).get(self.language) if site is not None else None
        if tree is None:
            raise exceptions.NotFound(_("This language has no home page yet."))
        context = _context(request)

        def entry(link):
            return {
                "id": link.id,
                "title": link.title,
                "url": links.absolute(context, link.url),
                "api_url": links.absolute(context, reverse_page(link.id)),
            }

        return Response(
            {"locale": self.language, "home": entry(tree.home), "audiences": [entry(a) for a in tree.audiences]}
        )


def reverse_page(page_id: int) -> str:
    from django.urls import reverse

    return reverse("api:page-detail", args=[page_id])


class PageListView(ContentCachingMixin, APIView):
    """Pages of one language, in the order of the page tree, optionally of one type or under one page."""

    @extend_schema(
        parameters=[
            LOCALE_PARAMETER,
            OpenApiParameter("type", OpenApiTypes.STR, enum=[t.name for t in pages.page_types()]),
            OpenApiParameter(
                "child_of", {"type": "integer", "minimum": 1}, description="Only the children of this page."
            ),
            *PAGINATION_PARAMETERS,
        ],
        responses={200: ref("PageList"), 400: ref("Error"), 404: ref("Error")},
        operation_id="pages_list",
    )
    def get(self, request):
        queryset = visible_pages().filter(locale_id=locale_ids().get(self.language)).order_by("path")
        kind = request.query_params.get("type")
        if kind:
            models = {t.name: t.model for t in pages.page_types()}
            if kind not in models:
                raise exceptions.ValidationError({"type": [_("Choose one of: %s.") % ", ".join(models)]})
            queryset = queryset.type(models[kind])
        parent_id = request.query_params.get("child_of")
        if parent_id:
            if not parent_id.isdigit():
                raise exceptions.ValidationError({"child_of": [_("Give the id of a page.")]})
            parent = visible_pages().filter(pk=int(parent_id)).first()
            if parent is None:
                raise exceptions.NotFound(_("Not found."))
            queryset = queryset.child_of(parent)
        paginator = Pagination()
        found = paginator.paginate_queryset(queryset.specific(), request, view=self)
        context = _context(request)
        return paginator.get_paginated_response([links.page_summary(page, context) for page in found])


class PageDetailView(ContentCachingMixin, APIView):
    """One page with all its content. With `?locale=` the page's translation in that language."""

    @extend_schema(parameters=[LOCALE_PARAMETER], responses={200: ref("Page"), **NOT_FOUND}, operation_id="page")
    def get(self, request, pk):
        language = self.language if request.query_params.get("locale") else ""
        found = cached_page(request, f"{pk}:{language}", lambda: self.find(pk, language))
        if found is None:
            raise exceptions.NotFound(_("Not found."))
        if found == UNTRANSLATED:
            raise exceptions.NotFound(_("This page has not been translated into that language."))
        return self.page_response(found)

    @staticmethod
    def find(pk, language: str):
        try:
            return public_page(pk, language)
        except NotTranslated:
            return UNTRANSLATED

    def page_response(self, found):
        self.language, data = found
        return Response(data)


UNTRANSLATED = "untranslated"


def cached_page(request, name: str, find):
    """The representation of the page `find()` returns, as (language, data), cached until the
    next publish or change of restrictions, per host (the data holds absolute addresses)."""

    def build():
        page = find()
        if page is None or page == UNTRANSLATED:
            return page
        page = page.specific
        language = page.locale.language_code
        with translation.override(language):
            return language, pages.representation(page, _context(request))

    host = f"{request.scheme}://{request.get_host()}"
    return cached(f"api:page:{name}:{host}:{version(SETUP)}", build)


class PageFindView(PageDetailView):
    """The page at a web address of the site, such as `/en/new-residents/`."""

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "path",
                {"type": "string", "minLength": 1},
                required=True,
                description="The page's path on the site.",
            )
        ],
        responses={200: ref("Page"), 400: ref("Error"), **NOT_FOUND},
        operation_id="page_find",
    )
    def get(self, request):
        path = request.query_params.get("path", "")
        if not path.startswith("/"):
            raise exceptions.ValidationError({"path": [_("Give a path that starts with /.")]})
        prefixed = translation.get_language_from_path(path)
        language = prefixed or settings.LANGUAGE_CODE
        rest = path.removeprefix(f"/{prefixed}") if prefixed else path
        with translation.override(language):
            route = fast_route(request._request, rest, own_routes=False)
        if route is None:
            raise exceptions.NotFound(_("No page has that address."))
        page = route.page
        if not is_visible(page):
            raise exceptions.NotFound(_("No page has that address."))
        return self.page_response(cached_page(request, f"{page.pk}:", lambda: page))


NAV_ENTRY = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "api_url": {"type": "string", "format": "uri"},
    },
    "required": ["id", "title", "url", "api_url"],
}
component(
    "Navigation",
    {
        "type": "object",
        "properties": {
            "locale": {"type": "string"},
            "home": NAV_ENTRY,
            "audiences": {"type": "array", "items": NAV_ENTRY, "description": "In the order editors gave them."},
        },
        "required": ["locale", "home", "audiences"],
    },
)
component("PageList", paginated(pages.PAGE_SUMMARY))

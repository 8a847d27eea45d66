"""Navigation data every page needs: each language's home page, audience menu, content
indexes and footer links, and a page's translations, all cached (see `foundations.tree_cache`)."""

from dataclasses import dataclass

from django.utils.text import Truncator
from wagtail.models import Page, Site

from foundations.pages import exclude_restricted, language_of
from foundations.tree_cache import cached


@dataclass(frozen=True)
class NavLink:
    """A page as navigation needs it; plain data, cheap to cache."""

    id: int
    translation_key: str
    title: str
    url: str
    path: str
    depth: int
    url_path: str

    @classmethod
    def of(cls, page: Page) -> "NavLink":
        return cls(
            page.pk, str(page.translation_key), page.title, page.get_url() or "", page.path, page.depth, page.url_path
        )


@dataclass(frozen=True)
class ListedPage:
    """A page in a list (audience pages, search): title, link and introduction (at most 30 words)."""

    id: int
    title: str
    url: str
    intro: str
    #: The page's language, for `lang` when a list shows it beside pages of another language.
    language: str = ""

    @classmethod
    def of(cls, page: Page) -> "ListedPage":
        intro = Truncator(getattr(page, "intro", "") or "").words(30)
        return cls(page.pk, page.title, page.get_url() or "", intro, language_of(page))


@dataclass(frozen=True)
class LanguageTree:
    home: NavLink
    audiences: tuple[NavLink, ...]
    #: The news, events and places lists under the home page (`ContentIndexPage`s), in tree order.
    content_indexes: tuple[NavLink, ...] = ()
    #: Pages under the home page whose type is `linked_from_footer` (the legal pages), in tree order.
    footer_links: tuple[NavLink, ...] = ()


def site_tree(site: Site) -> dict[str, LanguageTree]:
    """For each language: the home page (the site root or its translation), its audience pages
    and its content indexes, in the order editors gave them in the page tree."""

    def build():
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import Q

        # Inside: the page models import this module (ListedPage); importing them on top would loop.
        from cms_pages.models import AudiencePage, ContentIndexPage, OwnedPage
        from cms_pages.models.mixins import concrete_subclasses

        fields = ("id", "translation_key", "title", "url_path", "path", "depth")
        homes = list(
            Page.objects.live()
            .filter(translation_key=site.root_page.translation_key)
            .select_related("locale")
            .only(*fields, "locale__language_code")
        )
        if not homes:
            return {}
        under_a_home = Q(pk__in=[])
        for home in homes:
            under_a_home |= Q(path__startswith=home.path, depth=home.depth + 1)
        audience_type = ContentType.objects.get_for_model(AudiencePage)
        index_types = set(ContentType.objects.get_for_models(*concrete_subclasses(ContentIndexPage)).values())
        footer_models = [model for model in concrete_subclasses(OwnedPage) if model.linked_from_footer]
        footer_types = set(ContentType.objects.get_for_models(*footer_models).values())
        # One query for all: the audience pages in the menu, the content indexes, the footer links.
        children = exclude_restricted(
            Page.objects.live()
            .filter(under_a_home)
            .filter(
                Q(content_type=audience_type, show_in_menus=True)
                | Q(content_type__in=index_types)
                | Q(content_type__in=footer_types)
            )
            .order_by("path")
            .only(*fields, "locale_id", "content_type_id")
        )
        audiences: dict[str, list[NavLink]] = {home.path: [] for home in homes}
        indexes: dict[str, list[NavLink]] = {home.path: [] for home in homes}
        footer: dict[str, list[NavLink]] = {home.path: [] for home in homes}
        footer_type_ids = {content_type.pk for content_type in footer_types}
        for child in children:
            if child.content_type_id == audience_type.pk:
                found = audiences
            elif child.content_type_id in footer_type_ids:
                found = footer
            else:
                found = indexes
            found[child.path[: -Page.steplen]].append(NavLink.of(child))
        return {
            home.locale.language_code: LanguageTree(
                home=NavLink.of(home),
                audiences=tuple(audiences[home.path]),
                content_indexes=tuple(indexes[home.path]),
                footer_links=tuple(footer[home.path]),
            )
            for home in homes
        }

    return cached(f"site:{site.pk}", build)


def translation_urls(translation_key) -> dict[str, str]:
    """Language code -> URL of each live translation of one page."""

    def build():
        return {
            page.locale.language_code: page.get_url() or ""
            for page in Page.objects.live()
            .filter(translation_key=translation_key)
            .select_related("locale")
            .only("id", "url_path", "path", "depth", "locale__language_code")
        }

    return cached(f"translations:{translation_key}", build)

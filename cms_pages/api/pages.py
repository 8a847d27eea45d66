"""Each page type as JSON: the fields every page has (breadcrumbs, translations) and each type's
own, registered per model. A page type that registers nothing still gets the common fields."""

from collections.abc import Callable
from dataclasses import dataclass, field

from wagtail.models import Page

from cms_pages.models import AudiencePage, GuidePage, HomePage, InformationPage
from cms_pages.navigation import site_tree
from foundations.api import links
from foundations.api.schema import component, nullable, ref
from foundations.pages import exclude_restricted

from . import blocks


@dataclass(frozen=True)
class PageType:
    """How one page model appears in the API: a function for its own fields, and their schema."""

    model: type
    fields: Callable[[Page, dict], dict]
    properties: dict = field(default_factory=dict)
    description: str = ""

    @property
    def name(self) -> str:
        return self.model._meta.model_name


_page_types: dict[type, PageType] = {}


def register(page_type: PageType) -> None:
    """Teach the API a page type: how its pages look, and their schema (`Page_<name>`)."""
    _page_types[page_type.model] = page_type
    component(f"Page_{page_type.name}", lambda: _resolved(page_schema(page_type)))


def page_types() -> list[PageType]:
    return list(_page_types.values())


def page_type_of(page) -> PageType | None:
    return _page_types.get(type(page))


# --- fields every page has --------------------------------------------------------------------

PAGE_LINK = component("PageLink", links.PAGE_LINK_SCHEMA)
PAGE_SUMMARY = component("PageSummary", links.PAGE_SUMMARY_SCHEMA)
IMAGE = component("Image", links.IMAGE_SCHEMA)
LINK = component("Link", links.LINK_SCHEMA)
TRANSLATION = component(
    "PageTranslation",
    {
        "type": "object",
        "properties": {"locale": {"type": "string"}, **links.PAGE_LINK_SCHEMA["properties"]},
        "required": ["locale", *links.PAGE_LINK_SCHEMA["required"]],
    },
)

COMMON_PROPERTIES = {
    **links.PAGE_LINK_SCHEMA["properties"],
    "locale": {"type": "string", "description": "Language of this page."},
    "seo_title": {"type": "string"},
    "search_description": {"type": "string"},
    "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
    "last_published_at": {"type": "string", "format": "date-time", "nullable": True},
    "breadcrumbs": {"type": "array", "items": PAGE_LINK, "description": "From the home page to the parent."},
    "translations": {"type": "array", "items": TRANSLATION, "description": "This page in the other languages."},
}


def breadcrumbs(page, context) -> list[dict]:
    ancestors = exclude_restricted(page.get_ancestors().live().filter(depth__gt=1))
    return [links.page_link_unchecked(ancestor, context) for ancestor in ancestors]


def translations(page, context) -> list[dict]:
    others = exclude_restricted(
        Page.objects.live().filter(translation_key=page.translation_key).exclude(pk=page.pk).select_related("locale")
    )
    return [
        {"locale": other.locale.language_code, **links.page_link_unchecked(other, context)}
        for other in sorted(others, key=lambda other: other.locale.language_code)
    ]


def _timestamp(value):
    return value.isoformat() if value else None


def representation(page, context: dict) -> dict:
    """The whole page: common fields, then its type's own."""
    data = {
        **links.page_link_unchecked(page, context),
        "locale": page.locale.language_code,
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "first_published_at": _timestamp(page.first_published_at),
        "last_published_at": _timestamp(page.last_published_at),
        "breadcrumbs": breadcrumbs(page, context),
        "translations": translations(page, context),
    }
    page_type = page_type_of(page)
    if page_type is not None:
        data.update(page_type.fields(page, context))
    return data


def page_schema(page_type: PageType) -> dict:
    properties = {**COMMON_PROPERTIES, **page_type.properties}
    properties["type"] = {"type": "string", "enum": [page_type.name]}
    return {
        "type": "object",
        "description": page_type.description,
        "properties": properties,
        "required": list(properties),
    }


def detail_schema() -> dict:
    """A page of any type, told apart by `type`."""
    return {
        "oneOf": [ref(f"Page_{page_type.name}") for page_type in page_types()],
        "discriminator": {
            "propertyName": "type",
            "mapping": {page_type.name: f"#/components/schemas/Page_{page_type.name}" for page_type in page_types()},
        },
    }


# --- our page types ---------------------------------------------------------------------------


def body(page, context):
    """A page's body as typed JSON."""
    return blocks.stream_representation(page.body, {**context, "page": page})


def body_schema(model):
    """The schema of a page model's body, built when the OpenAPI document is made."""
    return lambda: blocks.stream_schema(model._meta.get_field("body").stream_block)


def _home(page, context):
    audiences = []
    site = page.get_site()
    tree = site_tree(site).get(page.locale.language_code) if site else None
    if tree is not None:
        pages = {
            found.pk: found
            for found in AudiencePage.objects.filter(pk__in=[link.id for link in tree.audiences]).only(
                "id", "title", "url_path", "path", "depth", "locale_id", "intro", "tile_image"
            )
        }
        audiences = [
            {
                **links.page_summary(pages[link.id], context),
                "tile_image": links.image(pages[link.id].tile_image, context),
            }
            for link in tree.audiences
            if link.id in pages
        ]
    return {
        "intro": page.intro,
        "top_tasks": blocks.stream_representation(page.top_tasks, {**context, "page": page}),
        "audiences": audiences,
    }


def _audience(page, context):
    return {
        "intro": page.intro,
        "tile_image": links.image(page.tile_image, context),
        "body": body(page, context),
        "pages": [links.page_summary(tagged, context) for tagged in page.tagged_pages()],
        "related_audiences": [links.page_summary(related, context) for related in page.localized_related_audiences()],
    }


def _information(page, context):
    return {
        "intro": page.intro,
        "body": body(page, context),
        "audiences": [links.page_summary(audience, context) for audience in page.audience_pages()],
    }


def _guide(page, context):
    return {
        "intro": page.intro,
        "guide_api_url": links.absolute(context, _guide_url(page)),
    }


def _guide_url(page):
    from django.urls import reverse

    return reverse("api:guide-detail", args=[page.pk])


AUDIENCE_SUMMARY = {
    "type": "object",
    "properties": {**links.PAGE_SUMMARY_SCHEMA["properties"], "tile_image": nullable(IMAGE)},
    "required": [*links.PAGE_SUMMARY_SCHEMA["required"], "tile_image"],
}


register(
    PageType(
        HomePage,
        _home,
        {
            "intro": {"type": "string"},
            "top_tasks": lambda: blocks.stream_schema(HomePage._meta.get_field("top_tasks").stream_block),
            "audiences": {"type": "array", "items": AUDIENCE_SUMMARY, "description": "The main navigation."},
        },
        "The entrance of one language: top tasks and the audience pages.",
    )
)
register(
    PageType(
        AudiencePage,
        _audience,
        {
            "intro": {"type": "string"},
            "tile_image": nullable(IMAGE),
            "body": body_schema(AudiencePage),
            "pages": {"type": "array", "items": PAGE_SUMMARY, "description": "Pages listed for this audience."},
            "related_audiences": {"type": "array", "items": PAGE_SUMMARY},
        },
        "A landing page for one audience or life situation.",
    )
)
register(
    PageType(
        InformationPage,
        _information,
        {
            "intro": {"type": "string"},
            "body": body_schema(InformationPage),
            "audiences": {"type": "array", "items": PAGE_SUMMARY, "description": "Audience pages that list this page."},
        },
        "A page of information, guidance and e-services.",
    )
)
register(
    PageType(
        GuidePage,
        _guide,
        {
            "intro": {"type": "string"},
            "guide_api_url": {"type": "string", "format": "uri", "description": "Questions and outcomes of the guide."},
        },
        "A guide: questions that lead to an answer or an e-service.",
    )
)


def _resolved(schema: dict) -> dict:
    return {
        **schema,
        "properties": {name: (value() if callable(value) else value) for name, value in schema["properties"].items()},
    }


component("Page", detail_schema)

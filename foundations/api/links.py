"""Pages, links and images as the API shows them wherever they appear."""

from django.urls import reverse

from foundations.pages import is_visible, localized_pages

#: Renditions offered for every image: widths for `srcset`, in WebP and JPEG.
RENDITION_WIDTHS = (400, 800, 1200)
RENDITION_FORMATS = ("webp", "jpeg")

PAGE_LINK_SCHEMA = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "type": {"type": "string"},
        "title": {"type": "string"},
        "url": {"type": "string", "format": "uri", "description": "The page on the web site."},
        "api_url": {"type": "string", "format": "uri", "description": "The page in this API."},
    },
    "required": ["id", "type", "title", "url", "api_url"],
}

LINK_SCHEMA = {
    "type": "object",
    "properties": {
        "text": {"type": "string"},
        "href": {"type": "string", "description": "Where the link leads (a page of the site or another site)."},
        "external": {"type": "boolean"},
        "page": {**PAGE_LINK_SCHEMA, "nullable": True},
    },
    "required": ["text", "href", "external", "page"],
}

IMAGE_SCHEMA = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "alt": {"type": "string", "description": "Alternative text; empty when the image is decorative."},
        "decorative": {"type": "boolean"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
        "renditions": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "url": {"type": "string", "format": "uri"},
                    "width": {"type": "integer"},
                    "height": {"type": "integer"},
                    "format": {"type": "string", "enum": list(RENDITION_FORMATS)},
                },
                "required": ["url", "width", "height", "format"],
            },
        },
    },
    "required": ["id", "alt", "decorative", "width", "height", "renditions"],
}


def absolute(context: dict, url: str) -> str:
    request = context.get("request")
    if not url:
        return ""
    return request.build_absolute_uri(url) if request is not None else url


def page_type(page) -> str:
    return page.specific_class._meta.model_name if page.specific_class else "page"


def page_link(page, context: dict) -> dict | None:
    """A page in the reader's language, or None when it is not public."""
    if page is None:
        return None
    page = localized_pages([page])[0]
    if not is_visible(page):
        return None
    return {
        "id": page.pk,
        "type": page_type(page),
        "title": page.title,
        "url": absolute(context, page.get_url() or ""),
        "api_url": absolute(context, reverse("api:page-detail", args=[page.pk])),
    }


def link(value, context: dict) -> dict:
    if value is None:
        return {"text": "", "href": "", "external": False, "page": None}
    page = value.target_page()
    shown = page_link(page, context) if page is not None else None
    if page is not None and shown is None:
        return {"text": "", "href": "", "external": False, "page": None}
    return {
        "text": str(value.text()),
        "href": shown["url"] if shown else value.get("url") or "",
        "external": shown is None,
        "page": shown,
    }


def image(value, context: dict) -> dict | None:
    if value is None:
        return None
    specs = [f"width-{width}|format-{kind}" for width in RENDITION_WIDTHS for kind in RENDITION_FORMATS]
    renditions = value.get_renditions(*specs)
    decorative = bool(getattr(value, "decorative", False))
    alt = "" if decorative else str(getattr(value, "contextual_alt_text", None) or value.default_alt_text or "")
    return {
        "id": value.pk,
        "alt": alt,
        "decorative": decorative,
        "width": value.width,
        "height": value.height,
        "renditions": [
            {
                "url": absolute(context, rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "format": spec.rsplit("-", 1)[1],
            }
            for spec, rendition in renditions.items()
        ],
    }


def page_summary(page, context: dict) -> dict:
    """A page in a list: its link plus the introduction."""
    return {**page_link_unchecked(page, context), "intro": str(getattr(page, "intro", "") or "")}


def page_link_unchecked(page, context: dict) -> dict:
    return {
        "id": page.pk,
        "type": page_type(page),
        "title": page.title,
        "url": absolute(context, page.get_url() or ""),
        "api_url": absolute(context, reverse("api:page-detail", args=[page.pk])),
    }


PAGE_SUMMARY_SCHEMA = {
    **PAGE_LINK_SCHEMA,
    "properties": {**PAGE_LINK_SCHEMA["properties"], "intro": {"type": "string"}},
    "required": [*PAGE_LINK_SCHEMA["required"], "intro"],
}

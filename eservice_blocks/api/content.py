"""How an e-service block appears inside page content: a reference to its own endpoint (its
settings, such as the receiving department, stay internal)."""

from django.urls import reverse

from cms_pages.api import blocks
from cms_pages.api.links import absolute
from eservice_blocks.blocks import EServiceBlock
from kommunportal.api.schema import component

ESERVICE_REFERENCE = component(
    "EServiceReference",
    {
        "type": "object",
        "properties": {
            "eservice_type": {"type": "string", "description": "The plugin id, e.g. `contact`."},
            "title": {"type": "string"},
            "intro": {"type": "string"},
            "api_url": {"type": "string", "format": "uri", "description": "The form schema and where to submit."},
        },
        "required": ["eservice_type", "title", "intro", "api_url"],
    },
)


def reference(block, value, context) -> dict | None:
    page, block_id = context.get("page"), context.get("block_id")
    if page is None or not block_id:
        return None
    return {
        "eservice_type": block.meta.plugin_id,
        "title": str(value.get("title") or ""),
        "intro": str(value.get("intro") or ""),
        "api_url": absolute(context, reverse("api:eservice-detail", args=[page.pk, block_id])),
    }


def register() -> None:
    blocks.register(EServiceBlock, represent=reference, schema=lambda block: ESERVICE_REFERENCE)

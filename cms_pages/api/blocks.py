"""StreamField blocks as typed JSON, and the OpenAPI schema of that JSON, derived from the block
definitions so that the documentation cannot drift from the content (also for blocks that
e-service plugins add).

A block that describes its own API (an `api_schema()` method beside Wagtail's
`get_api_representation()`, as e-service blocks do) is represented by itself. Other block classes
have a representer registered here: how a value becomes JSON and what schema that JSON has,
looked up by class (most specific first); a block class nobody registered falls back to
Wagtail's `get_api_representation`. Snippets (departments, bookable resources) are internal
and left out.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

import nh3
from wagtail import blocks
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from cms_pages.blocks.links import LinkBlock, LinkValue
from foundations.api import links

#: What rich text may contain once it leaves the API: the editor's features, nothing else.
RICH_TEXT_TAGS = {"p", "h2", "h3", "h4", "b", "strong", "i", "em", "ol", "ul", "li", "a", "br"}
RICH_TEXT_ATTRIBUTES = {"a": {"href"}}


def sanitised_html(source: str) -> str:
    """Stored rich text with page and document links expanded, sanitised for any client."""
    return nh3.clean(expand_db_html(source or ""), tags=RICH_TEXT_TAGS, attributes=RICH_TEXT_ATTRIBUTES)


@dataclass(frozen=True)
class Representer:
    represent: Callable  # (block, value, context) -> JSON
    schema: Callable  # (block) -> OpenAPI schema dict


_representers: list[tuple[type, Representer]] = []
#: Block classes whose values never leave the server.
HIDDEN = (SnippetChooserBlock,)


def register(block_class: type, *, represent: Callable, schema: Callable) -> None:
    """Teach the API a block class. Later registrations win over earlier ones for subclasses."""
    _representers.insert(0, (block_class, Representer(represent, schema)))


def representer(block) -> Representer | None:
    for block_class, found in _representers:
        if isinstance(block, block_class):
            return found
    return None


def is_hidden(block) -> bool:
    return isinstance(block, HIDDEN)


def describes_itself(block) -> bool:
    return callable(getattr(block, "api_schema", None))


def represent(block, value, context: dict):
    found = None if describes_itself(block) else representer(block)
    if found is None:
        return _plain(block.get_api_representation(value, context))
    return found.represent(block, value, context)


def schema(block) -> dict:
    if describes_itself(block):
        schema = block.api_schema()
    else:
        found = representer(block)
        schema = found.schema(block) if found is not None else {}
    label = getattr(block, "label", "") or getattr(getattr(block, "meta", None), "label", "")
    if label and "description" not in schema and "$ref" not in schema:
        schema = {**schema, "description": str(label)}
    return schema


def _plain(value):
    """Dates, times and decimals as strings; everything else as JSON already has it."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


# --- structure ----------------------------------------------------------------------------------


def stream_representation(stream_value, context: dict) -> list[dict]:
    """A StreamField's value: `[{"type", "id", "value"}]`, children of unknown type left out."""
    result = []
    for child in stream_value:
        child_context = {**context, "block_id": child.id}
        result.append(
            {"type": child.block_type, "id": child.id, "value": represent(child.block, child.value, child_context)}
        )
    return result


def stream_schema(stream_block) -> dict:
    variants = []
    for name, child in stream_block.child_blocks.items():
        variants.append(
            {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": [name]},
                    "id": {"type": "string"},
                    "value": schema(child),
                },
                "required": ["type", "id", "value"],
                "additionalProperties": False,
            }
        )
    return {"type": "array", "items": {"oneOf": variants} if variants else {}}


def _struct_children(block):
    return [(name, child) for name, child in block.child_blocks.items() if not is_hidden(child)]


def _struct_representation(block, value, context):
    return {name: represent(child, value.get(name), context) for name, child in _struct_children(block)}


def _struct_schema(block):
    properties = {name: _nullable(schema(child), child) for name, child in _struct_children(block)}
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def _nullable(found: dict, child) -> dict:
    """Optional choosers and numbers may be empty (null); text blocks are empty strings."""
    if (
        not child.required
        and isinstance(child, blocks.FieldBlock)
        and found.get("type") in ("integer", "number", "boolean")
    ):
        return {**found, "nullable": True}
    return found


def _list_representation(block, value, context):
    return [represent(block.child_block, item, context) for item in value]


def _list_schema(block):
    return {"type": "array", "items": schema(block.child_block)}


register(
    blocks.StreamBlock,
    represent=lambda block, value, context: stream_representation(value, context),
    schema=stream_schema,
)
register(blocks.StructBlock, represent=_struct_representation, schema=_struct_schema)
register(blocks.ListBlock, represent=_list_representation, schema=_list_schema)

# --- leaves -------------------------------------------------------------------------------------


def _text(block, value, context):
    return "" if value is None else str(value)


register(
    blocks.FieldBlock,
    represent=lambda block, value, context: _plain(block.get_api_representation(value, context)),
    schema=lambda block: {},
)
for _text_block in (blocks.CharBlock, blocks.TextBlock, blocks.URLBlock, blocks.EmailBlock, blocks.RegexBlock):
    register(_text_block, represent=_text, schema=lambda block: {"type": "string"})
register(
    blocks.ChoiceBlock,
    represent=_text,
    schema=lambda block: {
        "type": "string",
        "enum": ["", *(str(key) for key, _label in block.field.choices if key != "")],
    },
)
register(blocks.IntegerBlock, represent=lambda block, value, context: value, schema=lambda block: {"type": "integer"})
register(blocks.FloatBlock, represent=lambda block, value, context: value, schema=lambda block: {"type": "number"})
register(
    blocks.DecimalBlock,
    represent=lambda block, value, context: None if value is None else str(value),
    schema=lambda block: {"type": "string", "format": "decimal", "nullable": True},
)
register(
    blocks.BooleanBlock, represent=lambda block, value, context: bool(value), schema=lambda block: {"type": "boolean"}
)
register(
    blocks.DateBlock,
    represent=lambda block, value, context: value.isoformat() if value else None,
    schema=lambda block: {"type": "string", "format": "date", "nullable": True},
)
register(
    blocks.RichTextBlock,
    represent=lambda block, value, context: sanitised_html(value.source if value else ""),
    schema=lambda block: {"type": "string", "format": "html", "description": "Sanitised HTML."},
)
register(
    blocks.PageChooserBlock,
    represent=lambda block, value, context: links.page_link(value, context),
    schema=lambda block: {**links.PAGE_LINK_SCHEMA, "nullable": True},
)
register(
    LinkBlock,
    represent=lambda block, value, context: links.link(value if isinstance(value, LinkValue) else None, context),
    schema=lambda block: links.LINK_SCHEMA,
)
for _image_block in (ImageChooserBlock, ImageBlock):
    register(
        _image_block,
        represent=lambda block, value, context: links.image(value, context),
        schema=lambda block: {**links.IMAGE_SCHEMA, "nullable": True},
    )

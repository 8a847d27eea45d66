"""The blocks of an information or audience page body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from eservice_blocks.registry import registry

from .links import LinkBlock, localize_links

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, label=_("Heading"))
    content = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Content"))


class AccordionBlock(blocks.StructBlock):
    """Expandable sections built on <details>, so they open without JavaScript."""

    heading = blocks.CharBlock(required=False, max_length=200, label=_("Heading above the sections"))
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("Sections"))

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        template = "blocks/accordion_block.html"


class CallToActionBlock(blocks.StructBlock):
    """A prominent box that sends the citizen to the next step."""

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, max_length=400, label=_("Text"))
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"


class ContactCardBlock(blocks.StructBlock):
    """How to reach the people who can help: phone, e-mail, visiting address and hours."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"), default=_("Contact"))
    name = blocks.CharBlock(max_length=200, label=_("Name or function"))
    phone = blocks.CharBlock(required=False, max_length=40, label=_("Phone"))
    email = blocks.EmailBlock(required=False, label=_("E-mail"))
    address = blocks.TextBlock(required=False, max_length=300, label=_("Visiting address"))
    opening_hours = blocks.TextBlock(required=False, max_length=300, label=_("Opening hours"))

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "blocks/contact_card_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with alternative text (or marked decorative) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"


class RelatedLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"), default=_("Related"))
    links = blocks.ListBlock(LinkBlock(), min_num=1, label=_("Links"))

    class Meta:
        icon = "link"
        label = _("Related links")
        template = "blocks/related_links_block.html"

    def get_context(self, value, parent_context=None):
        localize_links(value["links"])
        return super().get_context(value, parent_context=parent_context)


class TopTaskBlock(LinkBlock):
    """A link among the home page's top tasks (what most citizens come to do)."""

    class Meta:
        icon = "pick"
        label = _("Top task")


class ContentStreamBlock(blocks.StreamBlock):
    """The shared page body used by every content page type.

    Besides the content blocks declared here, it offers one block per installed e-service
    plugin (see `eservice_blocks.registry`); `cms_pages.fields.ContentStreamField` leaves those
    out of migrations.
    """

    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="blocks/rich_text_block.html"
    )
    accordion = AccordionBlock()
    call_to_action = CallToActionBlock()
    contact_card = ContactCardBlock()
    image = FigureBlock()
    related_links = RelatedLinksBlock()

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__([*(local_blocks or []), *registry.stream_blocks()], **kwargs)

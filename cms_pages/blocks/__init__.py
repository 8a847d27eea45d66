"""Content blocks editors compose pages from; `ContentStreamBlock` is the shared page body."""

from .content import (
    AccordionBlock,
    CallToActionBlock,
    ContactCardBlock,
    ContentStreamBlock,
    FigureBlock,
    RelatedLinksBlock,
    TopTaskBlock,
)

__all__ = [
    "AccordionBlock",
    "CallToActionBlock",
    "ContactCardBlock",
    "ContentStreamBlock",
    "FigureBlock",
    "RelatedLinksBlock",
    "TopTaskBlock",
]

"""The editor's choice of hand-over backends: one child block per installed backend, with its
settings. Used on e-service blocks and, as a default, on departments."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField

from .registry import registry


class HandoverStreamBlock(blocks.StreamBlock):
    """Zero or more hand-over backends with their settings.

    Its children come from the registry and migrations record only this class, so installing
    a backend app needs no migration (as `eservice_blocks.blocks.EServiceStreamBlock`).
    """

    def __init__(self, local_blocks=None, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Hand-over"))
        kwargs.setdefault(
            "help_text",
            _("Where the cases go besides the inbox: the municipality's case systems, mailbox or e-archive."),
        )
        super().__init__([*(local_blocks or []), *registry.stream_blocks()], **kwargs)

    def deconstruct(self):
        return ("handover.blocks.HandoverStreamBlock", (), self._constructor_args[1])

    def deconstruct_with_lookup(self, lookup):
        return self.deconstruct()

    @classmethod
    def construct_from_lookup(cls, lookup, *args, **kwargs):
        return cls(**kwargs)


def routes_of(stream_value) -> list[tuple[str, dict]]:
    """(backend id, settings as JSON) for each backend chosen in a `HandoverStreamBlock` value
    whose backend is installed."""
    routes = []
    for child in stream_value or []:
        if child.block_type in registry:
            routes.append((child.block_type, child.block.get_prep_value(child.value)))
    return routes


class HandoverField(StreamField):
    """A model field holding a `HandoverStreamBlock` (a department's default hand-over).

    Its migrations name only this class, not the installed backends' blocks, so installing a
    backend app needs no migration of the models that use it.
    """

    def __init__(self, *args, **kwargs):
        kwargs.pop("block_lookup", None)
        super().__init__(HandoverStreamBlock(), **kwargs)

    def deconstruct(self):
        name, _path, _args, kwargs = models.Field.deconstruct(self)
        return name, "handover.blocks.HandoverField", [], kwargs

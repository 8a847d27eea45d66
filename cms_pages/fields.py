"""The page body field."""

from wagtail.blocks.definition_lookup import BlockDefinitionLookupBuilder
from wagtail.fields import StreamField


class ContentStreamField(StreamField):
    """A StreamField whose migrations leave out the blocks of e-service plugins.

    Installing or removing a plugin app changes what editors can add to a page, not the
    database, so it must not need a migration in this app (a third-party plugin could not
    provide one).
    """

    def deconstruct(self):
        name, _path, _args, kwargs = super().deconstruct()
        lookup = BlockDefinitionLookupBuilder()
        block_types = [
            (block_name, lookup.add_block(block))
            for block_name, block in self.stream_block.child_blocks.items()
            if not getattr(block.meta, "plugin_id", "")
        ]
        kwargs["block_lookup"] = lookup.get_lookup_as_dict()
        return name, "wagtail.fields.StreamField", [block_types], kwargs

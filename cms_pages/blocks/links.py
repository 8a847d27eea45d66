"""A link to an internal page or an external address, used by several content blocks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class LinkValue(blocks.StructValue):
    def url(self) -> str:
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("url") or ""

    def text(self) -> str:
        page = self.get("page")
        if self.get("label"):
            return self.get("label")
        return page.localized.title if page else self.get("url", "")


class LinkBlock(blocks.StructBlock):
    """Either a page of this site or an external web address, with an optional label."""

    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External address"))
    label = blocks.CharBlock(
        required=False, max_length=120, label=_("Link text"), help_text=_("Defaults to the page title.")
    )

    class Meta:
        value_class = LinkValue
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter an external address (one of them, not both).")
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        if value.get("url") and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={"label": ValidationError(_("An external link needs a link text."))}
            )
        return value

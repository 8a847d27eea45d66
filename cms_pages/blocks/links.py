"""A link to an internal page or an external address, used by several content blocks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from foundations.pages import localized_pages


class LinkValue(blocks.StructValue):
    """Adds `href` and `text` (not `url`: templates would find the child block of that name first)."""

    def target_page(self):
        """The linked page in the reader's language (set in bulk by `localize_links` when possible)."""
        if "_target_page" not in self.__dict__:
            page = self.get("page")
            self.__dict__["_target_page"] = localized_pages([page])[0] if page else None
        return self.__dict__["_target_page"]

    def href(self) -> str:
        page = self.target_page()
        return page.url if page else self.get("url") or ""

    def text(self) -> str:
        if self.get("label"):
            return self.get("label")
        page = self.target_page()
        return page.title if page else self.get("url", "")


def localize_links(links) -> None:
    """Resolve the translations of many links' pages in one query."""
    links = list(links)
    pages = localized_pages([link.get("page") for link in links if link.get("page")])
    by_key = {page.translation_key: page for page in pages}
    for link in links:
        page = link.get("page")
        link.__dict__["_target_page"] = by_key.get(page.translation_key, page) if page else None


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

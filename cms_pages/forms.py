"""Admin page forms: an owning department inherited from the parent, audiences of the same locale."""

from wagtail.admin.forms import WagtailAdminPageForm


class OwnedPageForm(WagtailAdminPageForm):
    """Pre-fills a new page's owning department from its parent and offers only audiences of the
    page's own language."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        instance = self.instance
        if "owning_department" in self.fields and not instance.pk and parent_page is not None:
            parent_owner = getattr(parent_page.specific, "owning_department_id", None)
            if parent_owner and not self.initial.get("owning_department"):
                self.initial["owning_department"] = parent_owner
        if "audiences" in self.fields:
            locale_id = instance.locale_id or (parent_page.locale_id if parent_page else None)
            field = self.fields["audiences"]
            if locale_id:
                field.queryset = field.queryset.filter(locale_id=locale_id).order_by("path")

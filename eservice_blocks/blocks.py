"""The StreamField block behind every e-service: settings every type shares, plus its own."""

import uuid

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamValue, StructValue
from wagtail.fields import StreamField
from wagtail.snippets.blocks import SnippetChooserBlock

from foundations.api.links import absolute
from foundations.api.schema import component
from handover.blocks import HandoverStreamBlock

from . import promises
from .forms import form_prefix
from .identification import lock_identity_fields, requires_identification, signed_in_citizen
from .registry import registry

DEFAULT_RETENTION_DAYS = 365

#: How an e-service appears inside page content in the API: a reference to its own endpoint
#: (its settings, such as the receiving department, stay internal).
API_REFERENCE = component(
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


class EServiceBlock(blocks.StructBlock):
    """Base block of an e-service. Subclasses add their own settings and name their plugin.

    The block renders the plugin's form; a valid submission becomes a case
    (see `eservice_blocks.services.submit`).
    """

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    intro = blocks.TextBlock(required=False, max_length=600, label=_("Introduction"))
    receiving_department = SnippetChooserBlock(
        "departments.Department",
        required=False,
        label=_("Receiving department"),
        help_text=_("Who handles the cases. Leave empty to use the page's owning department."),
    )
    confirmation_text = blocks.TextBlock(
        required=False,
        max_length=600,
        label=_("Confirmation text"),
        help_text=_(
            "Shown on the receipt: what happens next. The receipt already says that the case was received "
            "and gives the expected lead time below, so promise no other time here."
        ),
        default="",
    )
    expected_lead_time_days = blocks.IntegerBlock(
        min_value=1, max_value=365, default=10, label=_("Expected lead time (working days)")
    )
    requires_identification = blocks.BooleanBlock(
        required=False,
        default=False,
        label=_("Requires sign-in with e-identification"),
        help_text=_(
            "The citizen signs in first. Their name and personal identity number come from the "
            "e-identification and cannot be changed, and the case shows on their My pages."
        ),
    )
    retention_days = blocks.IntegerBlock(
        min_value=30,
        max_value=3650,
        default=DEFAULT_RETENTION_DAYS,
        label=_("Keep personal data for (days after closing)"),
    )
    # Where the cases go besides the inbox; empty: the receiving department's default.
    handover = HandoverStreamBlock(
        help_text=_(
            "Where the cases go besides the inbox: the municipality's case systems, mailbox or e-archive. "
            "Leave empty to use the receiving department's choice."
        ),
    )

    class Meta:
        icon = "form"
        template = "eservice_blocks/eservice_block.html"
        plugin_id = ""
        # Pages that hold an e-service render their body for every request (CSRF, form errors).
        cacheable = False

    def get_api_representation(self, value, context=None):
        context = context or {}
        page, block_id = context.get("page"), context.get("block_id")
        if page is None or not block_id:
            return None
        return {
            "eservice_type": self.meta.plugin_id,
            "title": str(value.get("title") or ""),
            "intro": str(value.get("intro") or ""),
            "api_url": absolute(context, reverse("api:eservice-detail", args=[page.pk, block_id])),
        }

    def api_schema(self) -> dict:
        return API_REFERENCE

    @property
    def plugin(self):
        return registry.get(self.meta.plugin_id)

    def get_template(self, value=None, context=None):
        # Called with the page's context before get_context: decide here which template it is.
        if value is not None and self._sign_in_required(value, context or {}):
            return "eservice_blocks/sign_in_required.html"
        return super().get_template(value, context)

    @staticmethod
    def _sign_in_required(value, context) -> bool:
        return requires_identification(value) and signed_in_citizen(context.get("request")) is None

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        block_id = parent_context.get("block_id", "")
        request = parent_context.get("request")
        citizen = signed_in_citizen(request)
        context["citizen"] = citizen
        page = parent_context.get("page")
        if page is not None and block_id:
            context["promise"] = promises.for_eservice(page.pk, block_id, value.get("expected_lead_time_days") or 10)
        if citizen is not None:
            context["mina_sidor_url"] = reverse("mina_sidor:overview")
        if self._sign_in_required(value, parent_context):
            next_url = (request.get_full_path() if request else "") + f"#es-{block_id}"
            context.update(
                {
                    "block_id": block_id,
                    "sign_in_required": True,
                    "sign_in_url": reverse("citizens:sign_in") + "?" + urlencode({"next": next_url}),
                }
            )
            return context
        bound_forms = parent_context.get("eservice_forms") or {}
        form = bound_forms.get(block_id)
        if form is None:
            form_class = self.plugin.get_form_class(value)
            # A guide that leads here can fill in what the citizen already told it.
            prefill = {
                name: text
                for name, text in (parent_context.get("eservice_initial") or {}).items()
                if name in form_class.base_fields
            }
            form = form_class(initial={"idempotency_key": uuid.uuid4().hex, **prefill}, prefix=form_prefix(block_id))
            lock_identity_fields(form, citizen, self.plugin)
        context.update({"form": form, "block_id": block_id, "plugin": self.plugin})
        return context


class EServiceStreamBlock(blocks.StreamBlock):
    """A choice of one installed e-service, for places other than a page body (a guide's outcome).

    Its children come from the plugin registry, and migrations record only this class, so
    installing a plugin app needs no migration here either.
    """

    def __init__(self, local_blocks=None, **kwargs):
        kwargs.setdefault("max_num", 1)
        kwargs.setdefault("required", False)
        super().__init__([*(local_blocks or []), *registry.stream_blocks()], **kwargs)

    def deconstruct(self):
        return ("eservice_blocks.blocks.EServiceStreamBlock", (), self._constructor_args[1])

    def deconstruct_with_lookup(self, lookup):
        return self.deconstruct()

    @classmethod
    def construct_from_lookup(cls, lookup, *args, **kwargs):
        return cls(**kwargs)


def find_eservice_block(page, block_id: str):
    """The e-service block with this id in any StreamField of the page (also inside other
    blocks, such as a guide's outcome), or None."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            found = find_in_stream(getattr(page, field.name), block_id)
            if found is not None:
                return found
    return None


def find_in_stream(stream, block_id: str):
    for child in stream:
        if child.id == block_id and isinstance(child.block, EServiceBlock):
            return child
        if isinstance(child.value, StructValue):
            for value in child.value.values():
                if isinstance(value, StreamValue):
                    found = find_in_stream(value, block_id)
                    if found is not None:
                        return found
    return None

"""Registrar's mailbox: for a municipality without an API, each event as an e-mail to a
functional mailbox (registrator@...), a new case with the case as a PDF and its files."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from handover.base import CASE_CREATED, HandoverBackend
from handover.registry import registry


class MailboxSettingsBlock(blocks.StructBlock):
    mailbox = blocks.EmailBlock(label=_("Mailbox"), help_text=_("The registrar's functional mailbox."))
    handled_in = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Where the case is handled, as told to the citizen"),
        help_text=_("For example: the municipality's registry."),
    )

    class Meta:
        icon = "mail"
        label = _("E-mail to the registrar")


@registry
class RegistrarMailboxBackend(HandoverBackend):
    id = "registrar_mailbox"
    label = _("Registrar's mailbox")

    def settings_block(self):
        return MailboxSettingsBlock()

    def target(self, settings):
        return settings.get("mailbox") or str(self.label)

    def deliver(self, handover, files):
        document = handover.document
        case = document.get("case", {})
        # The registry works in the site's main language.
        with translation.override(settings.LANGUAGE_CODE):
            context = {"document": document, "case": case, "event": handover.event_type}
            subject = render_to_string("handover/registrar_mailbox/subject.txt", context).strip()
            body = render_to_string("handover/registrar_mailbox/body.txt", context)
        message = EmailMessage(
            " ".join(subject.split()),
            body,
            settings.DEFAULT_FROM_EMAIL,
            [handover.settings["mailbox"]],
            headers={"X-Kommunportal-Event-Id": str(handover.event_id)},
        )
        if handover.event_type == CASE_CREATED and hasattr(handover.subject, "handover_pdf"):
            message.attach(f"{case.get('reference', 'case')}.pdf", handover.subject.handover_pdf(), "application/pdf")
        for file in files:
            with file.open() as stream:
                message.attach(file.name, stream.read(), file.content_type or "application/octet-stream")
        message.send()
        return ""

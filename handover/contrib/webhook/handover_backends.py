"""Signed webhook: each event as a JSON document POSTed to a case system, signed by the
Standard Webhooks scheme (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The
receiver's answer `{"reference": "..."}` is kept as its reference (docs/handover.md)."""

import json
from datetime import UTC, datetime

import requests
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from standardwebhooks.webhooks import Webhook
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from handover.base import HandoverBackend, PermanentError, RetryableError
from handover.models import CaseSystem
from handover.registry import registry

#: Answers that a retry will not change: parked at once for someone to fix the set-up.
PERMANENT_STATUSES = {400, 401, 403, 404, 405, 410, 413, 415, 422}
USER_AGENT = "Kommunportal-Handover/1"


class WebhookSettingsBlock(blocks.StructBlock):
    system = SnippetChooserBlock(
        "handover.CaseSystem",
        label=_("Case system"),
        help_text=_("The system that receives the cases; IT staff register it under Settings, Case systems."),
    )
    handled_in = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Where the case is handled, as told to the citizen"),
        help_text=_("For example: the municipality's building permit system."),
    )

    class Meta:
        icon = "link-external"
        label = _("Signed webhook to a case system")

    def clean(self, value):
        value = super().clean(value)
        system = value.get("system")
        if system is None:
            raise StructBlockValidationError({"system": ValidationError(_("Choose the case system."))})
        if not system.active or not system.webhook_url:
            raise StructBlockValidationError(
                {"system": ValidationError(_("This case system is switched off or has no webhook address."))}
            )
        return value


def case_system(backend_settings: dict) -> CaseSystem | None:
    pk = backend_settings.get("system")
    return CaseSystem.objects.filter(pk=pk).first() if pk else None


def signed_headers(system: CaseSystem, event_id: str, body: str, now: datetime | None = None) -> dict:
    """The Standard Webhooks headers of `body`, signed with the system's secret."""
    now = now or datetime.now(UTC)
    signature = Webhook(system.signing_secret).sign(event_id, now.astimezone(UTC), body)
    return {
        "webhook-id": event_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
    }


def with_links(document: dict, files) -> dict:
    """The document with a fresh short-lived link to each of its files (made at each attempt,
    so a retry long after the event still carries links that work)."""
    by_key = {file.key: file for file in files}
    items = []
    for item in document.get("files", []):
        file = by_key.get(item.get("key"))
        if file is not None and file.link is not None:
            url, expires_at = file.link()
            item = {**item, "url": url, "expires_at": expires_at}
        items.append(item)
    return {**document, "files": items} if "files" in document else document


@registry
class WebhookBackend(HandoverBackend):
    id = "webhook"
    label = _("Signed webhook")

    def settings_block(self):
        return WebhookSettingsBlock()

    def case_system(self, settings):
        return case_system(settings)

    def target(self, settings):
        system = case_system(settings)
        return system.name if system else str(self.label)

    def deliver(self, handover, files):
        system = case_system(handover.settings)
        if system is None or not system.webhook_url:
            raise PermanentError(gettext_noop("the case system is gone or has no webhook address"))
        body = json.dumps(with_links(handover.document, files), ensure_ascii=False, separators=(",", ":"))
        headers = {
            **signed_headers(system, str(handover.event_id), body),
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        }
        try:
            response = requests.post(
                system.webhook_url,
                data=body.encode(),
                headers=headers,
                timeout=(settings.HANDOVER_CONNECT_TIMEOUT_SECONDS, settings.HANDOVER_TIMEOUT_SECONDS),
                allow_redirects=False,
            )
        except requests.Timeout:
            raise RetryableError(gettext_noop("the receiver did not answer in time")) from None
        except requests.RequestException as error:
            raise RetryableError(
                gettext_noop("could not reach the receiver (%(error)s)"), error=type(error).__name__
            ) from None
        if response.status_code in PERMANENT_STATUSES:
            raise PermanentError(gettext_noop("HTTP %(status)s from the receiver"), status=response.status_code)
        if not 200 <= response.status_code < 300:
            raise RetryableError(gettext_noop("HTTP %(status)s from the receiver"), status=response.status_code)
        try:
            answer = response.json()
        except ValueError:
            raise RetryableError(gettext_noop("the receiver's answer is not JSON")) from None
        if not isinstance(answer, dict):
            raise RetryableError(gettext_noop("the receiver's answer is not a JSON object"))
        return str(answer.get("reference") or "")

"""The hand-over backend contract: what one way of handing cases over brings to the system."""

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from django.utils.translation import gettext_lazy as _

#: The events a subject (a case) hands over. Each backend says which of them it takes.
CASE_CREATED = "case.created"
CITIZEN_MESSAGE = "case.citizen_message"
ATTACHMENT_ADDED = "case.attachment_added"
CASE_WITHDRAWN = "case.withdrawn"
CASE_CLOSED = "case.closed"
EVENT_TYPES = {
    CASE_CREATED: _("Case created"),
    CITIZEN_MESSAGE: _("Message from the citizen"),
    ATTACHMENT_ADDED: _("Attachment added"),
    CASE_WITHDRAWN: _("Case withdrawn"),
    CASE_CLOSED: _("Case closed"),
}


@dataclass(frozen=True)
class HandoverFile:
    """A file that goes with an event, as the subject provides it (`handover_files()`).

    `key` names it in the event document's `files`; `open` gives its bytes; `link` makes a
    short-lived signed address a receiver can fetch it from.
    """

    key: str
    name: str
    content_type: str
    size: int
    open: Callable[[], IO[bytes]]
    link: Callable[[], tuple[str, str]] | None = None  # (url, expires_at as ISO 8601)


class HandoverError(Exception):
    """Why a delivery did not work, told so that each handler reads it in their own language:
    `message` is English, marked with `gettext_noop`, with `%(name)s` placeholders that
    `params` fill. Both are stored on the hand-over and translated when shown; `str()` is the
    English text, for the logs.

        raise RetryableError(gettext_noop("HTTP %(status)s from the receiver"), status=503)
    """

    def __init__(self, message: str, **params):
        self.message, self.params = str(message), params
        super().__init__(self.message % params if params else self.message)


class RetryableError(HandoverError):
    """The receiver could not take the event now (down, slow, 5xx): try again later."""


class PermanentError(HandoverError):
    """The receiver refused the event in a way a retry will not change (401, 404, a bad
    setting): park it at once, for someone to fix and retry."""


class HandoverBackend(ABC):
    """One way of handing events over (a signed webhook, a registrar's mailbox, an archive).

    Registered under a stable `id` (stored on every hand-over); `settings_block()` is what an
    editor fills in when choosing it for an e-service or a department.
    """

    #: Stable identifier stored on hand-overs; never change it once hand-overs exist.
    id: str = ""
    label = ""
    #: The event types this backend takes; others are not handed to it.
    events: frozenset = frozenset({CASE_CREATED, CITIZEN_MESSAGE, ATTACHMENT_ADDED, CASE_WITHDRAWN})

    @abstractmethod
    def settings_block(self):
        """A `wagtail.blocks.StructBlock` instance: the settings an editor gives. Its `clean()`
        refuses settings that cannot work, so a page with them cannot be published."""

    @abstractmethod
    def deliver(self, handover, files: list[HandoverFile]) -> str:
        """Deliver one event; return the receiver's own reference (may be empty).

        Raise `RetryableError` to try again later, `PermanentError` to park it. Any other
        exception counts as retryable. Called again with the same `handover.event_id` after a
        failure, so the receiver can recognise a retry.
        """

    def case_system(self, settings: dict):
        """The `CaseSystem` these settings hand over to (it may answer through the API), if any."""
        return None

    def target(self, settings: dict) -> str:
        """Where these settings hand over to, in words for handlers ("ByggR", an address)."""
        return str(self.label)

    def handled_in(self, settings: dict) -> str:
        """How the citizen is told where the case is handled ("the building permit system")."""
        return str(settings.get("handled_in") or "")

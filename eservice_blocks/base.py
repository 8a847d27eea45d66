"""The e-service plugin contract: everything one e-service type brings to the system."""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from django import forms


@dataclass(frozen=True)
class SubmissionSummary:
    """What a case keeps of a submission: the answers to show handlers, and how to reach the citizen.

    `answers` is a list of (label, value) pairs already masked for display where needed;
    `data` holds the cleaned values as stored (personal data, deleted after retention).
    """

    subject: str
    answers: list[tuple[str, str]]
    data: dict
    contact_email: str = ""
    contact_name: str = ""
    extra: dict = field(default_factory=dict)


class EServicePlugin(ABC):
    """One e-service type (contact, report a problem, application, ...).

    A plugin is registered under a unique, stable `id` (stored on every case it creates) and
    provides the editor's block (whose template renders the form), the citizen's form, the
    form's JSON Schema for API clients, and what a valid submission means.
    """

    #: Stable identifier stored on cases; never change it once cases exist.
    id: str = ""
    #: Human-readable name (lazy-translated) shown to editors and handlers.
    label = ""

    @abstractmethod
    def get_block(self):
        """The StreamField block editors add to a page (an `EServiceBlock` subclass instance)."""

    @abstractmethod
    def get_form_class(self, block_value) -> type[forms.Form]:
        """The form class for this block's configuration (fields the editor switched on)."""

    @abstractmethod
    def summarize(self, form: forms.Form, block_value) -> SubmissionSummary:
        """Turn a valid form into what the case stores."""

    def json_schema(self, block_value) -> dict:
        """The form as JSON Schema for API clients; derived from the form unless overridden."""
        from .schema import form_schema

        return form_schema(self.get_form_class(block_value), title=str(block_value.get("title", "")))

    def after_submit(self, case, block_value) -> None:  # noqa: B027 - optional hook
        """Called after the case is stored and committed (side effects belong in tasks)."""

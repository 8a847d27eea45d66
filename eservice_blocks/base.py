"""The e-service plugin contract: everything one e-service type brings to the system."""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from django import forms

from .schema import form_schema


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
    #: (label, CleanUpload) pairs: files checked by `eservice_blocks.uploads`, stored with the case.
    attachments: list = field(default_factory=list)
    #: Who handles the case when the submission decides it (a category's or a resource's
    #: department); else the block's receiving department, else the page's owner.
    department: object = None


class SubmissionRejected(Exception):
    """A plugin's `store` refuses a valid-looking submission (the slot was taken a moment ago).

    Nothing is stored; the form is shown again with `message` on `field` (or above the form).
    """

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


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
    #: The form fields that a signed-in citizen's e-identification fills in (read-only, so the
    #: citizen cannot change them): identity attribute -> form field name, with the attributes
    #: `"name"` and `"personal_identity_number"`, e.g. `{"personal_identity_number": "applicant"}`.
    #: `{}` fills in nothing. None (the default) keeps the naming convention: a field called
    #: `name`, `full_name` or `contact_name` gets the name, and a `PersonalIdentityNumberField`
    #: called `personal_identity_number` or `pnr` the number.
    identity_fields: dict[str, str] | None = None

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
        return form_schema(self.get_form_class(block_value), title=str(block_value.get("title", "")))

    def submission_schema(self) -> dict | None:
        """What any e-service of this type takes, as an OpenAPI schema object (the type's
        `<Type>EServiceSubmission` component). None (the default) derives it from the form with
        the block's default settings; declare it when editors build the form (the application)."""
        return None

    def api_form(self, block_value, data, files) -> forms.Form:
        """The bound form an API submission is checked with: by default the page's own form, so
        the API gives the same checks and the same messages."""
        return self.get_form_class(block_value)(data, files)

    def api_submit(self, *, form, page, child):
        """Store a valid API submission the plugin's own way, returning an
        `eservice_blocks.services.SubmitResult`; None (the default) stores it with `submit()`."""
        return None

    def api_details(self, block_value, request) -> dict:
        """Anything else a client needs to fill in the form (the free times of a booking)."""
        return {}

    def store(self, case, summary: SubmissionSummary, form: forms.Form, block_value) -> None:  # noqa: B027
        """Store the plugin's own rows (a booking, a location) in the transaction that creates the
        case. Raise `SubmissionRejected` to refuse the submission and roll everything back."""

    def after_submit(self, case, block_value) -> None:  # noqa: B027 - optional hook
        """Called after the case is stored and committed (side effects belong in tasks)."""

    def handle_post(self, request, page, child):
        """A POST of this e-service's form on its page, for e-services with a flow of their own
        (several steps, a confirmation): return a response (a redirect), or a dict of bound forms
        by block id to render the page with. None (the default) validates the form and submits
        it (`eservice_blocks.views.submit_form`)."""
        return None

    def sent_too_often(self, request, page, child):
        """A POST of this e-service over the rate limit: a dict of bound forms by block id that
        show the citizen's input again with the message to wait a minute, or a response of the
        flow's own (answered with 429). By default the form as it was sent."""
        from .views import kept_form

        return kept_form(request, page, child)

    def get_urls(self) -> list:
        """URL patterns of the plugin's own citizen pages (a draft, a booking), mounted under
        the language prefix at `<plugin id>/`. Empty by default."""
        return []

    #: The e-mail sent to the citizen when the case is stored (templates
    #: `notifications/email/<kind>.txt` and `<kind>_subject.txt`, with `case` and `case_url`).
    receipt_notification: str = "receipt"

    #: Templates included on the citizen's case page and the handler's case view, with
    #: `case` and `case_context(case)` in their context.
    citizen_case_template: str = ""
    admin_case_template: str = ""
    #: Whether the receipt promises an answer within the e-service's expected lead time (a
    #: booking has its appointment instead).
    answers_within_lead_time: bool = True
    #: Included at the top of the receipt page, with `case_context(case)`: what the citizen
    #: needs first (a booking's time and place).
    receipt_template: str = ""

    def case_context(self, case, request) -> dict:
        """Extra context for the case templates above."""
        return {}

    def notification_context(self, case) -> dict:
        """Extra context for the e-mails about a case of this type (its receipt, reminders)."""
        return {}

    def citizen_overview(self, request, identity_hash: str, cases: list) -> dict | None:
        """The plugin's section on a signed-in citizen's Mina sidor (their drafts, their
        bookings): a dict with `template` and whatever that template needs, or None.
        `cases` are the citizen's cases."""
        return None

    def handover_data(self, case) -> dict:
        """The case's answers as typed fields for hand-over receivers (the `data` of the event
        document); it must match `handover_schema()`. By default the answers as stored."""
        return {"fields": dict(case.data or {})}

    def handover_schema(self) -> dict:
        """The JSON Schema of `handover_data()`, published in the API document and the docs."""
        return {
            "type": "object",
            "properties": {
                "fields": {
                    "type": "object",
                    "description": "The form's cleaned answers by field name.",
                    "additionalProperties": True,
                }
            },
            "required": ["fields"],
        }

    def delete_personal_data(self, case) -> None:  # noqa: B027 - optional hook
        """Delete the plugin's personal data of a case whose retention period has passed (the
        case's own answers, data and attachments are deleted by the core)."""

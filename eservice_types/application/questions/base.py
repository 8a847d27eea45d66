"""The question kind contract: everything one kind of application question brings, from the
editor's block to the citizen's field, the draft's JSON, the review and the API."""

from abc import ABC, abstractmethod

from django import forms
from django.utils.translation import gettext_lazy as _

from eservice_blocks.schema import field_schema

from ..conditions import CONTAINS, EQUALS, NOT_EQUALS
from .blocks import OPERATORS, FieldBlock


class QuestionKind(ABC):
    """One kind of question (text, date, file upload, ...), registered under its block type.

    The code that builds steps, drafts, the review and the API schema looks the kind up by the
    block type of a question and asks it; it never tests the block type itself.
    """

    #: The StreamField block type name: stored in every page revision, never change it.
    id: str = ""
    #: Where the kind sits in the editor's list of questions (lower first).
    order: int = 1000
    #: The comparisons a condition on an answer of this kind may use; none when there is no
    #: answer to compare.
    operators: tuple[str, ...] = (EQUALS, NOT_EQUALS)
    #: The answer is files held beside the draft, not a value in its JSON.
    holds_files: bool = False
    #: The answer is an e-mail address the case's messages can go to.
    is_contact_email: bool = False

    @abstractmethod
    def get_block(self) -> FieldBlock:
        """A new instance of the block editors add to a step."""

    @abstractmethod
    def form_field(self, value, *, attached=()) -> forms.Field:
        """The citizen's field for a question with this block `value`; `attached` are the files
        the draft already holds for it."""

    def about_someone_else(self, value) -> bool:
        """Whether the question asks about another person than the applicant, so that the
        applicant's e-identification does not answer it."""
        return False

    def field_options(self, value) -> dict:
        """The options every question's field takes from the editor."""
        return {"label": value["label"], "help_text": value["help_text"], "required": value["required"]}

    def to_draft(self, cleaned):
        """A cleaned answer as the draft's JSON keeps it."""
        return cleaned

    def from_draft(self, stored):
        """An answer kept in the draft, as the form's initial value."""
        return stored

    def is_answered(self, answer, files=()) -> bool:
        """Whether a stored answer (or the held `files`) answers a required question."""
        return answer not in (None, "", [], False)

    def display(self, answer, files=()) -> str:
        """A stored answer as the citizen and the handler read it, in the active language."""
        if answer in (None, "", []):
            return ""
        return self.display_answer(answer)

    def display_answer(self, answer) -> str:
        """A stored answer that is not empty, as text."""
        return str(answer)

    def json_schema(self, value) -> dict:
        """The question as a JSON Schema property for API clients."""
        return field_schema(self.form_field(value))

    def condition_errors(self, value, condition, names: dict) -> list[str]:
        """What is wrong with a condition on an answer to this question, in words. `names` has
        the `subject` that depends on the answer and the question's `key`."""
        compared = str(condition.get("equals") or "").strip()
        if not compared:
            return [_('%(subject)s depends on "%(key)s": write the value to compare the answer with.') % names]
        operator = condition.get("operator") or EQUALS
        if operator == CONTAINS and CONTAINS not in self.operators:
            return [
                _('%(subject)s: "contains" works with multiple choice and text questions. Use "equals" for "%(key)s".')
                % names
            ]
        if operator not in self.operators:
            return [
                _(
                    '%(subject)s: the answer to "%(key)s" cannot be compared with "%(operator)s". '
                    "Choose another comparison."
                )
                % {**names, "operator": dict(OPERATORS).get(operator, operator)}
            ]
        return self.compared_value_errors(value, compared, names)

    def compared_value_errors(self, value, compared: str, names: dict) -> list[str]:
        """What is wrong with comparing an answer to this question with `compared`."""
        return []

"""A step of an application as a Django form, built from the editor's questions."""

from eservice_blocks.identification import lock_identity_fields
from foundations.free_text import FreeTextForm

from .questions.registry import kind_of


class StepForm(FreeTextForm):
    """One step's questions, each asked with the field of its kind (from `kinds`, the registry
    unless told). `files_by_key` holds the files already attached to the draft: they satisfy
    a required upload and count towards the question's most files."""

    required_css_class = "field--required"

    def __init__(self, *args, questions=(), files_by_key=None, kinds=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.attached = files_by_key or {}
        self.questions = {}
        #: Key -> the kind of its question.
        self.kinds = {}
        for question in questions:
            key = question.value["key"]
            kind = kind_of(question, kinds)
            self.fields[key] = kind.form_field(question.value, attached=self.attached.get(key, []))
            self.questions[key] = question
            self.kinds[key] = kind
        self.file_keys = [key for key, kind in self.kinds.items() if kind.holds_files]
        #: Questions about another person than the applicant: the e-identification leaves them be.
        self.about_others = [
            key for key, kind in self.kinds.items() if kind.about_someone_else(self.questions[key].value)
        ]

    def to_draft(self, key: str):
        """The cleaned answer to `key` as the draft's JSON keeps it."""
        return self.kinds[key].to_draft(self.cleaned_data[key])

    def only_missing_answers(self) -> bool:
        """True when every error is a required answer left empty (a step may be saved so)."""
        return all(error.code == "required" for errors in self.errors.as_data().values() for error in errors)


def lock_applicant_fields(form: StepForm, citizen) -> None:
    """Fill in and lock what the e-identification says about the applicant, leaving the
    questions about someone else to the citizen even when their key names an identity number."""
    every = form.fields
    form.fields = {key: field for key, field in every.items() if key not in form.about_others}
    try:
        lock_identity_fields(form, citizen)
    finally:
        form.fields = every


def initial_from(answers: dict, questions) -> dict:
    """The answers kept in a draft as the initial values of a step's form."""
    return {
        question.value["key"]: kind_of(question).from_draft(answers[question.value["key"]])
        for question in questions
        if question.value["key"] in answers
    }

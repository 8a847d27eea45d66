"""A step of an application as a Django form, built from the editor's questions."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext_lazy

from eservice_blocks.forms import PersonalIdentityNumberField, PhoneNumberField
from eservice_blocks.uploads import DOCUMENT_TYPES, PHOTO_TYPES, UploadField
from foundations.free_text import FreeTextForm

FILE_TYPES = {"documents": DOCUMENT_TYPES, "images": PHOTO_TYPES, "pdf": {"application/pdf"}}


class NumberField(forms.DecimalField):
    """A number written the Swedish way (12,5 and 1 200) or the international way (12.5)."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace(",", ".").replace("\u00a0", "").replace(" ", "")
        return super().to_python(value)


def _field(kind: str, value, has_files: bool):
    common = {"label": value["label"], "help_text": value["help_text"], "required": value["required"]}
    if kind == "text":
        return forms.CharField(max_length=500, **common)
    if kind == "long_text":
        return forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 5}), **common)
    if kind == "number":
        return NumberField(
            min_value=value.get("minimum"),
            max_value=value.get("maximum"),
            widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
            **common,
        )
    if kind == "date":
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **common)
    if kind in ("choice", "multiple_choice"):
        choices = [(str(choice), str(choice)) for choice in value["choices"]]
        if kind == "choice":
            return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
        return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **common)
    if kind == "checkbox":
        return forms.BooleanField(**common)
    if kind == "email":
        return forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email"}), **common)
    if kind == "phone":
        return PhoneNumberField(**common)
    if kind == "identity_number":
        return PersonalIdentityNumberField(**common)
    if kind == "file":
        # A required upload is satisfied by files already attached in an earlier visit.
        common["required"] = common["required"] and not has_files
        return UploadField(
            allowed_types=FILE_TYPES[value["accept"]],
            max_bytes=value["max_megabytes"] * 1024 * 1024,
            max_files=value["max_files"],
            **common,
        )
    raise ValueError(f"Unknown question type {kind!r}")


class StepForm(FreeTextForm):
    """One step's questions. `files_by_key` holds the files already attached to the draft: they
    satisfy a required upload and count towards the question's most files."""

    required_css_class = "field--required"

    def __init__(self, *args, questions=(), files_by_key=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.attached = files_by_key or {}
        self.questions = {}
        for question in questions:
            key = question.value["key"]
            self.fields[key] = _field(question.block_type, question.value, bool(self.attached.get(key)))
            self.questions[key] = question
        self.file_keys = [key for key, question in self.questions.items() if question.block_type == "file"]

    def clean(self):
        cleaned = super().clean()
        for key in self.file_keys:
            most = self.questions[key].value["max_files"]
            already = len(self.attached.get(key, []))
            if cleaned.get(key) and already + len(cleaned[key]) > most:
                message = ngettext_lazy(
                    "You can attach at most %(count)s file here. Remove the one already attached first.",
                    "You can attach at most %(count)s files here. Remove one of those already attached first.",
                    "count",
                )
                self.add_error(key, ValidationError(message, params={"count": most}, code="too_many_files"))
        return cleaned

    def only_missing_answers(self) -> bool:
        """True when every error is a required answer left empty (a step may be saved so)."""
        return all(error.code == "required" for errors in self.errors.as_data().values() for error in errors)


def to_json(value):
    """A cleaned value as stored in the draft (JSON)."""
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def initial_from(answers: dict, questions) -> dict:
    return {q.value["key"]: answers[q.value["key"]] for q in questions if q.value["key"] in answers}

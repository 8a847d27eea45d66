"""The application through the API: all steps in one submission, each visible step checked with
its own step form (the same checks and messages as on the web), conditions included."""

from types import SimpleNamespace

from django import forms
from django.forms.utils import ErrorDict
from django.utils import translation

from eservice_blocks import idempotency
from eservice_blocks.services import SubmitResult, submit

from . import drafts
from .conditions import matches
from .forms import StepForm
from .questions.registry import kind_of


class ApplicationSubmissionForm(forms.Form):
    """Every step of the application at once. Steps and questions hidden by a condition are
    skipped, as on the web; `cleaned_data` holds the answers and the checked files."""

    idempotency_key = forms.RegexField(regex=r"^[0-9a-f]{32}$")

    def __init__(self, data=None, files=None, *, steps=()):
        super().__init__(data, files)
        self.steps = steps

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        answers, uploads = {}, {}
        for step in self.steps:
            if not matches(step["condition"], answers):
                continue
            questions = [question for question in step["fields"] if matches(question.value["condition"], answers)]
            step_form = StepForm(self.data, self.files, questions=questions)
            step_form.is_valid()
            for key, value in step_form.cleaned_data.items():
                if key in step_form.file_keys:
                    if value:
                        uploads[key] = value
                else:
                    answers[key] = step_form.to_draft(key)
            for key, errors in step_form.errors.items():
                self._errors = self._errors or ErrorDict()
                self._errors[key] = errors
        self.cleaned_data.update({"answers": answers, "files": uploads})


def form_schema(block_value) -> dict:
    """All questions as JSON Schema; `x-steps` tells the order, the steps' titles and conditions."""
    properties, required, steps = {}, [], []
    for step in block_value["steps"]:
        keys = []
        for question in step["fields"]:
            key = question.value["key"]
            schema = kind_of(question).json_schema(question.value)
            if question.value["condition"] and question.value["condition"].get("key"):
                schema["x-condition"] = _condition(question.value["condition"])
            properties[key] = schema
            keys.append(key)
            unconditional = not (step["condition"] or {}).get("key") and "x-condition" not in schema
            if question.value["required"] and unconditional:
                required.append(key)
        steps.append(
            {
                "title": str(step["title"]),
                "intro": str(step.get("intro") or ""),
                "condition": _condition(step["condition"]) if (step["condition"] or {}).get("key") else None,
                "questions": keys,
            }
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": str(block_value.get("title", "")),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
        "x-steps": steps,
        "x-conditions": (
            "A question or step with a condition is asked only when the earlier answer to `key` "
            "equals, does not equal or contains `value`; required questions that are asked must be answered."
        ),
    }


def submission_schema() -> dict:
    """Any application's answers: editors build the questions, so only the e-service's `form`
    names them."""
    return {
        "type": "object",
        "description": (
            "The answers keyed by question key (the `properties` of the e-service's `form`, which also gives "
            "each answer's type, format and `pattern`). Questions hidden by a condition are left out; files "
            "go in a multipart form."
        ),
        "additionalProperties": {
            "anyOf": [
                {"type": "string"},
                {"type": "number"},
                {"type": "boolean"},
                {"type": "array", "items": {"type": "string"}},
            ]
        },
    }


def _condition(condition) -> dict:
    return {
        "key": condition["key"],
        "operator": condition.get("operator") or "equals",
        "value": str(condition.get("equals") or ""),
    }


def submit_all(plugin, *, form, page, child) -> SubmitResult:
    """Store a checked submission as a case, through a draft as the web review does."""
    key = form.cleaned_data["idempotency_key"]
    # Bound to the answers and files sent, not to the draft made for them below.
    content = {"answers": form.cleaned_data["answers"], "files": form.cleaned_data["files"]}
    existing = idempotency.replayed(
        key, idempotency.binding(page=page, block_id=child.id, citizen=None, content=content)
    )
    if existing is not None:
        return SubmitResult(existing, existing.access_token, created=False)
    draft, _token = drafts.start(page, child.id, translation.get_language() or "sv")
    draft.answers = form.cleaned_data["answers"]
    draft.save(update_fields=["answers"])
    for question_key, uploads in form.cleaned_data["files"].items():
        drafts.store_files(draft, question_key, uploads)
    result = submit(
        plugin=plugin,
        form=SimpleNamespace(cleaned_data={"idempotency_key": key, "draft": draft}),
        block_value=child.value,
        page=page,
        block_id=child.id,
        content=content,
    )
    drafts.finish(draft)
    return result

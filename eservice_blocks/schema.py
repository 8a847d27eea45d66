"""JSON Schema of an e-service form, derived from its Django form, for API clients that render
the form themselves. Labels and help texts come in the active language."""

from django import forms

from .forms import PersonalIdentityNumberField, PhoneNumberField
from .uploads import UploadField


def field_schema(field: forms.Field) -> dict:
    schema: dict = {"title": str(field.label or ""), "type": "string"}
    if field.help_text:
        schema["description"] = str(field.help_text)
    if isinstance(field, forms.BooleanField):
        schema["type"] = "boolean"
    elif isinstance(field, forms.IntegerField):
        # FloatField and DecimalField are IntegerFields to Django, numbers with decimals to a client.
        schema["type"] = "number" if isinstance(field, forms.FloatField | forms.DecimalField) else "integer"
        if field.min_value is not None:
            schema["minimum"] = field.min_value
        if field.max_value is not None:
            schema["maximum"] = field.max_value
    elif isinstance(field, forms.MultipleChoiceField):
        schema.update(type="array", items={"type": "string", "enum": [str(value) for value, _ in field.choices]})
    elif isinstance(field, forms.ChoiceField):
        schema["enum"] = [str(value) for value, _label in field.choices]
        schema["x-enum-labels"] = {str(value): str(label) for value, label in field.choices}
    elif isinstance(field, forms.EmailField):
        schema["format"] = "email"
    elif isinstance(field, forms.DateField):
        schema["format"] = "date"
    elif isinstance(field, UploadField):
        schema.update(
            type="array",
            items={"type": "string", "format": "binary"},
            maxItems=field.max_files,
            **{"x-accept": sorted(field.allowed_types), "x-max-bytes": field.max_bytes_limit()},
        )
    elif isinstance(field, forms.FileField):
        schema["format"] = "binary"
    elif isinstance(field, PhoneNumberField):
        schema["format"] = "phone"
    elif isinstance(field, PersonalIdentityNumberField):
        schema["format"] = "se-personnummer"
    max_length = getattr(field, "max_length", None)
    if max_length and schema["type"] == "string":
        schema["maxLength"] = max_length
    if isinstance(field.widget, forms.HiddenInput):
        schema["x-hidden"] = True
    return schema


def form_properties(form: forms.Form) -> tuple[dict, list[str]]:
    """Properties and required names of a form's fields, without the idempotency key (the API
    takes it in the Idempotency-Key header)."""
    fields = {name: field for name, field in form.fields.items() if name != "idempotency_key"}
    return (
        {name: field_schema(field) for name, field in fields.items()},
        [name for name, field in fields.items() if field.required],
    )


def form_schema(form_class: type[forms.Form], title: str = "") -> dict:
    properties, required = form_properties(form_class())
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }

"""Form rendering helpers: fields that screen readers connect to their help and errors."""

from django import forms, template

from eservice_blocks import form_keys
from eservice_blocks.cases.models import CaseStatus

register = template.Library()


@register.filter
def accessible_widget(field):
    """The field's widget with aria-describedby pointing at its help text and error, and
    aria-invalid when it has an error."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def is_choice_group(field) -> bool:
    return isinstance(field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple)


@register.filter
def case_status_label(status: str) -> str:
    """A case status value in words, in the active language."""
    try:
        return str(CaseStatus(status).label)
    except ValueError:
        return status


@register.filter
def get_item(mapping, key):
    """`mapping[key]` in a template, or None."""
    return (mapping or {}).get(key)


@register.filter
def indent_lines(text, spaces: int = 2) -> str:
    """Text of several lines with every line after the first indented, for plain-text e-mails
    in which a long answer must stay under its question."""
    return ("\n" + " " * int(spaces)).join(str(text or "").splitlines())


@register.simple_tag(takes_context=True)
def eservice_hidden_fields(context, form):
    """The form's hidden fields; its idempotency key is new for each visitor (eservice_blocks.form_keys)."""
    return form_keys.hidden_fields(context.get("request"), form)

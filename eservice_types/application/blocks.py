"""The editor's building blocks of an application: steps of questions, one block per kind of
question (see `questions`), and the checks that publishing makes on them."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .questions.blocks import ConditionBlock
from .questions.registry import kind_of, registry


class FieldsBlock(blocks.StreamBlock):
    """A step's questions: a block for every kind in `kinds` (the registry unless told)."""

    def __init__(self, local_blocks=None, *, kinds=None, **kwargs):
        kinds = registry if kinds is None else kinds
        super().__init__([*kinds.stream_blocks(), *(local_blocks or [])], **kwargs)


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Step title"))
    intro = blocks.TextBlock(required=False, max_length=600, label=_("Introduction"))
    condition = ConditionBlock(required=False)
    fields = FieldsBlock(min_num=1, label=_("Questions"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


def validate_steps(steps) -> None:
    """Unique keys, and conditions only on answers of earlier steps (so that a citizen without
    JavaScript has always answered the question a condition depends on), comparing with a value
    the question can have."""
    earlier: dict = {}
    errors = []
    for number, step in enumerate(steps, start=1):
        subject = _("Step %(number)s (%(title)s)") % {"number": number, "title": step["title"]}
        errors += condition_errors(step["condition"], subject, earlier)
        keys_here = {}
        for field in step["fields"]:
            key = field.value["key"]
            if key in earlier or key in keys_here:
                errors.append(_('The key "%(key)s" is used twice. Give every question its own key.') % {"key": key})
            subject = _('The question "%(label)s"') % {"label": field.value["label"]}
            errors += condition_errors(field.value["condition"], subject, earlier)
            keys_here[key] = field
        earlier.update(keys_here)
    if errors:
        raise StructBlockValidationError(non_block_errors=ValidationError(errors))


def condition_errors(condition, subject: str, earlier: dict) -> list[str]:
    """What is wrong with one condition of `subject` (a step or a question), in words; the
    question it depends on judges the comparison."""
    condition = condition or {}
    key = condition.get("key")
    if not key:
        return []
    names = {"subject": subject, "key": key}
    question = earlier.get(key)
    if question is None:
        return [_('%(subject)s depends on "%(key)s", which is not a question of an earlier step.') % names]
    return kind_of(question).condition_errors(question.value, condition, names)

"""A signed-in citizen's draft when the sign-in ends in the middle of a step: what they send
just after being signed out for inactivity is kept for them, and each step says when the
sign-in ends if they do nothing."""

from citizens import session
from eservice_blocks.blocks import find_eservice_block
from eservice_blocks.identification import IDENTITY_NUMBER_FIELDS, NAME_FIELDS

from . import drafts
from .conditions import plan
from .forms import StepForm

session_ends_at = session.session_ends_at


def keep_step(request, draft, number: int) -> bool:
    """Keep the answers posted to step `number` of the draft when the draft's owner was signed
    out in this browser a moment ago (they took long over the step): the answers that pass
    their own checks, and the files, as "Save and continue later" would. True when kept.

    The fields the e-identification fills in are left out: they come from the sign-in."""
    if not draft.identity_hash or session.ended_identity_hash(request) != draft.identity_hash:
        return False
    child = find_eservice_block(draft.page.specific, draft.block_id)
    steps = plan(child.value["steps"], draft.answers) if child is not None else []
    if not 1 <= number <= len(steps):
        return False
    form = StepForm(
        request.POST, request.FILES, questions=steps[number - 1].questions, files_by_key=drafts.files_by_key(draft)
    )
    for name in (*NAME_FIELDS, *IDENTITY_NUMBER_FIELDS):
        form.fields.pop(name, None)
    form.file_keys = [key for key in form.file_keys if key in form.fields]
    form.is_valid()
    drafts.save_answers(draft, form)
    drafts.leave_off_at(draft, number)
    session.note_kept(request)
    return True

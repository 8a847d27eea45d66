"""Guide pages: one question per screen, ending in an answer, a page or an e-service."""

from collections import Counter
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.fields import StreamField
from wagtail.search import index

from cms_pages.guides import flow, walk
from cms_pages.guides.blocks import OutcomeBlock, QuestionBlock
from cms_pages.guides.graph import Answer, Graph, Question, validate
from cms_pages.guides.panels import GuideOverviewPanel
from foundations.ratelimit import allow
from foundations.responses import too_many_requests

from .mixins import AudienceTaggedPage, edit_tabs


def _decimal(value):
    return Decimal(str(value)) if value not in (None, "") else None


class GuidePage(AudienceTaggedPage):
    """A guide: questions with answers that lead to further questions or to outcomes.

    The citizen's answers travel in a signed `s` parameter (see `cms_pages.guides.flow`), so the
    guide needs neither JavaScript nor a session.
    """

    intro = models.TextField(_("introduction"), max_length=500)
    questions = StreamField([("question", QuestionBlock())], verbose_name=_("questions"))
    outcomes = StreamField([("outcome", OutcomeBlock())], verbose_name=_("outcomes"))

    content_panels = AudienceTaggedPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("outcomes"),
    ]
    edit_handler = edit_tabs(
        content_panels,
        AudienceTaggedPage.promote_panels,
        AudienceTaggedPage.settings_panels,
        ObjectList([GuideOverviewPanel()], heading=_("Flow and figures")),
    )
    search_fields = AudienceTaggedPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["cms_pages.HomePage", "cms_pages.AudiencePage", "cms_pages.InformationPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    # --- the graph -------------------------------------------------------------------------------

    def graph(self) -> Graph:
        graph = Graph()
        for child in self.questions:
            value = child.value
            answers = tuple(
                Answer(
                    label=answer["label"],
                    leads_to=answer["leads_to"].strip(),
                    minimum=_decimal(answer.get("minimum")),
                    maximum=_decimal(answer.get("maximum")),
                )
                for answer in value["answers"]
            )
            question = Question(value["key"], value["text"], value["kind"], answers, value.get("help_text") or "")
            graph.questions.setdefault(question.key, question)
            graph.start = graph.start or question.key
        for child in self.outcomes:
            graph.outcomes.setdefault(child.value["key"], child.value)
        return graph

    def clean(self):
        super().clean()
        keys = [child.value["key"] for child in self.questions] + [child.value["key"] for child in self.outcomes]
        duplicates = [key for key, count in Counter(keys).items() if count > 1]
        errors = validate(self.graph(), duplicate_keys=duplicates)
        if errors:
            raise ValidationError({"questions": [str(error) for error in errors]})

    # --- the citizen's walk through it -----------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        # A POST of an outcome's e-service is handled before this (eservice_blocks' hook).
        graph = self.graph()
        state = request.GET.get("s", "")
        answers = flow.decode(self.pk, state) if state else []
        notice = ""
        if answers is None:
            answers, notice = [], _("The link to this guide was not complete, so the guide starts again.")
        try:
            here = walk.replay(graph, answers)
        except flow.InvalidAnswer as problem:
            here, notice = walk.replay(graph, []), str(problem)
        error = ""
        if "q" in request.GET:
            if not allow(request, walk.RATE_LIMIT_SCOPE, getattr(settings, walk.RATE_LIMIT_SETTING)):
                # Nothing is counted; the link leads back to the same question.
                return too_many_requests(request, {"continue_url": self.state_url(here.values)})
            try:
                there = walk.answer(self.pk, graph, here.values, request.GET["q"], request.GET.get("a", ""))
            except flow.InvalidAnswer as problem:
                error = str(problem)
            else:
                return HttpResponseRedirect(self.state_url(there.values))
        elif not here.steps:
            walk.start(self.pk, graph)
        context = self.get_context(request, *args, **kwargs)
        context.update(self._walk_context(here, state, error=error, notice=notice))
        # A number that was not taken stays in the field, to be corrected rather than retyped.
        context["typed"] = request.GET.get("a", "")[:50] if error else ""
        response = TemplateResponse(request, self.get_template(request), context)
        if here.steps:
            # Answers are the citizen's own business: keep them out of shared caches and indexes.
            response["Cache-Control"] = "private, no-store"
            response["X-Robots-Tag"] = "noindex"
        return response

    def _walk_context(self, here, state: str, *, error: str, notice: str) -> dict:
        steps, answers = here.steps, here.values
        return {
            "steps": [
                {"step": step, "change_url": self.state_url(answers[:number])} for number, step in enumerate(steps)
            ],
            "question": here.question,
            "outcome": here.outcome,
            "outcome_key": here.key if here.outcome is not None else "",
            "state": state if steps else "",
            "step_number": len(steps) + 1,
            "most_steps": here.graph.longest_path(),
            "back_url": self.state_url(answers[:-1]) if answers else "",
            "error": error,
            "notice": notice,
            "eservice_initial": {
                "subject": self.title,
                "message": "\n".join(f"{step.question.text} {step.shown_answer}" for step in steps),
            },
        }

    def serve_preview(self, request, mode_name):
        # The editor sees the guide as a citizen does: its first question, and with a state
        # parameter any later step.
        return self.serve(request)

    def state_url(self, answers: list[str]) -> str:
        """This guide after these answers (stored values): the link that keeps the citizen's place."""
        return f"{self.url}?s={flow.encode(self.pk, answers)}" if answers else self.url

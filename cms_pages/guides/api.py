"""Guides through the API: the whole graph, and the next step for a list of answers.

A client walks the guide by sending all answers so far (as the web guide keeps them in its
signed link), so the API holds no state between calls."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from cms_pages.api import blocks
from cms_pages.models import GuidePage
from foundations.api import links
from foundations.api.conventions import LOCALE_PARAMETER, ContentCachingMixin, LanguageMixin
from foundations.api.schema import component, nullable, ref
from foundations.pages import NotTranslated, public_page

from . import flow, walk

MAX_ANSWERS = 100


def guide_or_404(pk, language: str | None) -> GuidePage:
    try:
        guide = public_page(pk, language, page_type=GuidePage)
    except NotTranslated:
        raise exceptions.NotFound(_("This guide has not been translated into that language.")) from None
    if guide is None:
        raise exceptions.NotFound(_("Not found."))
    return guide


def question_data(question) -> dict:
    return {
        "key": question.key,
        "text": question.text,
        "help_text": question.help_text,
        "kind": question.kind,
        "answers": [
            {
                "value": str(index),
                "label": answer.label,
                "leads_to": answer.leads_to,
                "minimum": None if answer.minimum is None else str(answer.minimum),
                "maximum": None if answer.maximum is None else str(answer.maximum),
            }
            for index, answer in enumerate(question.answers)
        ],
    }


def outcome_data(guide, child, context) -> dict:
    value = child.value
    eservice_stream = value.get("eservice")
    eservice = None
    for item in eservice_stream or []:
        eservice = blocks.represent(item.block, item.value, {**context, "page": guide, "block_id": item.id})
    return {
        "key": value["key"],
        "title": value["title"],
        "text": blocks.sanitised_html(value["text"].source if value.get("text") else ""),
        "page": links.page_link(value.get("page"), context),
        "link_label": value.get("link_label") or "",
        "resolves": bool(value.get("resolves")),
        "eservice": eservice,
    }


def outcomes_by_key(guide, context) -> dict:
    found = {}
    for child in guide.outcomes:
        found.setdefault(child.value["key"], outcome_data(guide, child, context))
    return found


class GuideView(ContentCachingMixin, APIView):
    """A guide's questions (each answer says where it leads) and outcomes."""

    @extend_schema(
        parameters=[LOCALE_PARAMETER], responses={200: ref("Guide"), 404: ref("Error")}, operation_id="guide"
    )
    def get(self, request, pk):
        guide = guide_or_404(pk, request.query_params.get("locale"))
        self.language = guide.locale.language_code
        context = {"request": request}
        with translation.override(self.language):
            graph = guide.graph()
            return Response(
                {
                    **links.page_link_unchecked(guide, context),
                    "locale": self.language,
                    "intro": guide.intro,
                    "start": graph.start,
                    "questions": [question_data(question) for question in graph.questions.values()],
                    "outcomes": list(outcomes_by_key(guide, context).values()),
                    "answers_url": links.absolute(context, reverse("api:guide-answers", args=[guide.pk])),
                }
            )


class AnswersSerializer(serializers.Serializer):
    answers = serializers.ListField(
        child=serializers.CharField(max_length=50, allow_blank=True),
        max_length=MAX_ANSWERS,
        help_text=(
            "The answers so far, in order: an answer's `value`, or the number for a number question "
            "(a plain decimal like `12.5`, as a step's `value` gives it back; `12,5` and `1 200` are read too)."
        ),
    )


class GuideAnswersView(LanguageMixin, APIView):
    """Where the answers lead: the next question, or the outcome. Counted in the guide's figures."""

    rate_limit_scope = walk.RATE_LIMIT_SCOPE
    rate_limit_setting = walk.RATE_LIMIT_SETTING

    @extend_schema(
        parameters=[LOCALE_PARAMETER],
        request=AnswersSerializer,
        responses={200: ref("GuideStep"), 400: ref("Error"), 404: ref("Error"), 429: ref("Error")},
        operation_id="guide_answers",
    )
    def post(self, request, pk):
        guide = guide_or_404(pk, request.query_params.get("locale"))
        self.language = guide.locale.language_code
        translation.activate(self.language)
        given = AnswersSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        answers = given.validated_data["answers"]
        graph = guide.graph()
        try:
            if answers:  # all answers come in each call: the last one is the answer given now
                # A client sends the values it was given ("12.5"), or what its user typed.
                here = walk.answer(guide.pk, graph, answers[:-1], None, answers[-1], typed=False)
            else:
                here = walk.start(guide.pk, graph)
        except flow.InvalidAnswer as problem:
            raise exceptions.ValidationError({"answers": [str(problem)]}) from None
        context = {"request": request}
        outcome = outcomes_by_key(guide, context).get(here.key) if here.question is None else None
        return Response(
            {
                "steps": [
                    {
                        "question": step.question.key,
                        "text": step.question.text,
                        "value": step.value,
                        "answer": step.shown_answer,
                    }
                    for step in here.steps
                ],
                "question": question_data(here.question) if here.question is not None else None,
                "outcome": outcome,
                "url": links.absolute(context, guide.state_url(here.values)),
            }
        )


QUESTION = component(
    "GuideQuestion",
    {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "text": {"type": "string"},
            "help_text": {"type": "string"},
            "kind": {"type": "string", "enum": ["choice", "yes_no", "number"]},
            "answers": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "value": {"type": "string", "description": "What to send for this answer."},
                        "label": {"type": "string"},
                        "leads_to": {"type": "string"},
                        "minimum": {"type": "string", "nullable": True},
                        "maximum": {"type": "string", "nullable": True},
                    },
                    "required": ["value", "label", "leads_to", "minimum", "maximum"],
                },
            },
        },
        "required": ["key", "text", "help_text", "kind", "answers"],
    },
)
OUTCOME = component(
    "GuideOutcome",
    {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "title": {"type": "string"},
            "text": {"type": "string", "format": "html"},
            "page": nullable(ref("PageLink")),
            "link_label": {"type": "string"},
            "resolves": {"type": "boolean"},
            "eservice": nullable(ref("EServiceReference")),
        },
        "required": ["key", "title", "text", "page", "link_label", "resolves", "eservice"],
    },
)
component(
    "Guide",
    {
        "type": "object",
        "properties": {
            **links.PAGE_LINK_SCHEMA["properties"],
            "locale": {"type": "string"},
            "intro": {"type": "string"},
            "start": {"type": "string", "description": "The key of the first question."},
            "questions": {"type": "array", "items": QUESTION},
            "outcomes": {"type": "array", "items": OUTCOME},
            "answers_url": {"type": "string", "format": "uri"},
        },
        "required": [
            *links.PAGE_LINK_SCHEMA["required"],
            "locale",
            "intro",
            "start",
            "questions",
            "outcomes",
            "answers_url",
        ],
    },
)
component(
    "GuideStep",
    {
        "type": "object",
        "properties": {
            "steps": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "question": {"type": "string"},
                        "text": {"type": "string"},
                        "value": {"type": "string"},
                        "answer": {"type": "string"},
                    },
                    "required": ["question", "text", "value", "answer"],
                },
            },
            "question": nullable(QUESTION),
            "outcome": nullable(OUTCOME),
            "url": {"type": "string", "format": "uri", "description": "This step of the guide on the web site."},
        },
        "required": ["steps", "question", "outcome", "url"],
    },
)

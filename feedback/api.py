"""Feedback through the API: was this page or e-service helpful, and optionally what to improve."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from foundations.api.conventions import LOCALE_PARAMETER, PrivateMixin
from foundations.api.errors import InvalidInput, form_errors
from foundations.api.schema import component, ref
from foundations.pages import visible_pages

from . import services
from .forms import DetailsForm
from .models import FeedbackSource


class FeedbackSerializer(serializers.Serializer):
    page = serializers.IntegerField(min_value=1, help_text="The id of the page the feedback is about.")
    source = serializers.ChoiceField(choices=FeedbackSource.choices, default=FeedbackSource.PAGE)
    target = serializers.CharField(
        max_length=64,
        required=False,
        allow_blank=True,
        default="",
        help_text="The e-service's block id, or the guide outcome's key.",
    )
    helpful = serializers.BooleanField()
    comment = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    email = serializers.EmailField(required=False, allow_blank=True, default="")

    def validate_page(self, value):
        if not visible_pages().filter(pk=value).exists():
            raise serializers.ValidationError(gettext_lazy("There is no such page."))
        return value


class FeedbackView(PrivateMixin, APIView):
    """Record feedback. Comments are cleaned of personal data such as identity numbers; with an
    e-mail address the owning department can answer."""

    rate_limit_scope = "feedback"
    rate_limit_setting = "FEEDBACK_PER_MINUTE"

    @extend_schema(
        parameters=[LOCALE_PARAMETER],
        request=FeedbackSerializer,
        responses={201: ref("FeedbackReceived"), 400: ref("Error"), 429: ref("Error")},
        operation_id="feedback",
    )
    def post(self, request):
        given = FeedbackSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        details = None
        if data["comment"] or data["email"]:
            # The web form's checks and messages: an e-mail needs a comment to answer.
            details = DetailsForm({"comment": data["comment"], "email": data["email"]})
            if not details.is_valid():
                raise InvalidInput(form_errors(details))
        page = visible_pages().get(pk=data["page"])
        feedback = services.record(page=page, source=data["source"], target=data["target"], helpful=data["helpful"])
        if details is not None:
            services.add_details(feedback, details.cleaned_data["comment"], details.cleaned_data["email"])
        return Response({"message": _("Thank you for your answer")}, status=status.HTTP_201_CREATED)


component(
    "FeedbackReceived",
    {"type": "object", "properties": {"message": {"type": "string"}}, "required": ["message"]},
)

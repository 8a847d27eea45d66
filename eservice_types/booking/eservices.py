"""Registers the appointment booking e-service."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from eservice_blocks.base import EServicePlugin, SubmissionSummary
from eservice_blocks.blocks import EServiceBlock, find_eservice_block
from eservice_blocks.forms import form_prefix
from eservice_blocks.registry import registry

from . import booking, confirmation, flow
from .calendar import calendar_context
from .forms import form_for


class BookingBlock(EServiceBlock):
    resource = SnippetChooserBlock("booking.BookableResource", label=_("What citizens book"))
    what_to_bring = blocks.TextBlock(
        required=False,
        default="",
        max_length=600,
        label=_("What to bring"),
        help_text=_("Shown with the time and place on the receipt and in the e-mails, e.g. an ID document."),
    )

    class Meta:
        icon = "date"
        label = _("E-service: Appointment booking")
        plugin_id = "booking"
        template = "eservice_blocks/booking/block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        resource = value.get("resource")
        if resource is not None and request is not None:
            prefix = form_prefix(context["block_id"]) + "-"
            context["calendar"] = calendar_context(resource, request.GET, prefix)
            context["chosen_slot"] = context["form"]["slot"].value()
        return context


def what_to_bring(case) -> str:
    """The booking block's "what to bring", read from the page the time was booked on."""
    if case.page_id is None:
        return ""
    child = find_eservice_block(case.page.specific, case.block_id)
    return str(child.value.get("what_to_bring") or "") if child is not None else ""


@registry
class BookingPlugin(EServicePlugin):
    """Tidsbokning: the citizen books a time with an advice service or a service desk."""

    id = "booking"
    label = _("Appointment booking")
    receipt_notification = "booking_confirmed"
    citizen_case_template = "eservice_blocks/booking/case.html"
    admin_case_template = "eservice_blocks/booking/admin/case.html"
    receipt_template = "eservice_blocks/booking/receipt.html"
    answers_within_lead_time = False

    def get_block(self):
        return BookingBlock()

    def get_form_class(self, block_value):
        return form_for(block_value.get("resource"))

    def summarize(self, form, block_value) -> SubmissionSummary:
        data = {key: value for key, value in form.cleaned_data.items() if key != "idempotency_key"}
        resource = block_value["resource"]
        slot = form.chosen_slot
        answers = [
            booking.booked_answer(resource, slot.starts_at),
            (str(form.fields["name"].label), data["name"]),
            (str(form.fields["email"].label), data["email"]),
        ]
        if data.get("phone"):
            answers.append((str(form.fields["phone"].label), data["phone"]))
        if data.get("message"):
            answers.append((str(form.fields["message"].label), data["message"]))
        return SubmissionSummary(
            subject=booking.case_subject(resource, slot.starts_at),
            answers=answers,
            data=data,
            contact_email=data["email"],
            contact_name=data["name"],
            department=resource.department,
            extra={"slot": slot},
        )

    def store(self, case, summary, form, block_value):
        resource, slot = block_value["resource"], summary.extra["slot"]
        if confirmation.needs_confirmation(case):
            confirmation.hold(resource, slot, case, summary.contact_email)
            return
        taken = booking.take_seat(resource, slot, case, confirmed_at=timezone.now())
        booking.schedule_reminder(taken, case.contact_email)

    def handle_post(self, request, page, child):
        return flow.handle_post(self, request, page, child)

    def api_details(self, block_value, request):
        """The free times of the next two weeks (`?from=YYYY-MM-DD` for later ones): the `slot`
        field takes a time's `slot` value."""
        from .api import free_times

        return free_times(block_value.get("resource"), request)

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns

    def citizen_overview(self, request, identity_hash, cases):
        from .models import Booking

        upcoming = (
            Booking.objects.active()
            .filter(case__in=[case for case in cases if case.service_type == self.id], ends_at__gte=timezone.now())
            .select_related("resource", "case")
            .order_by("starts_at")
        )
        return {
            "template": "eservice_blocks/booking/mina_sidor.html",
            "bookings": [{"booking": item, "token": item.case.access_token} for item in upcoming],
        }

    def case_context(self, case, request):
        return {
            "booking": booking.active_booking(case),
            "past_bookings": case.bookings.exclude(cancelled_at=None),
            "what_to_bring": what_to_bring(case),
        }

    def notification_context(self, case):
        """The e-mails lead with the active booking's time, place and what to bring."""
        return {"booking": booking.active_booking(case), "what_to_bring": what_to_bring(case)}

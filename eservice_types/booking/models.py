"""Bookable resources (opening hours, slot length, capacity, closed days) and bookings.

A booking takes one *seat* of a slot: seats are numbered 1..capacity, and the database refuses
two active bookings of the same seat (a partial unique constraint), so a slot can never be
booked beyond its capacity, however many citizens confirm at the same moment.

A booking made with an e-mail address nobody has confirmed yet holds its seat only until
`hold_until` (see `confirmation.py`); a signed-in citizen's booking is confirmed at once.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from departments.models import HandledByDepartmentQuerySet
from foundations.weekdays import Weekday


class BookableResource(index.Indexed, ClusterableModel):
    """Something citizens book a time with: an advice service, a service desk, a room."""

    objects = HandledByDepartmentQuerySet.as_manager()

    name = models.CharField(_("name"), max_length=200)
    location = models.CharField(_("where"), max_length=255, blank=True, help_text=_("Shown in the confirmation."))
    department = models.ForeignKey(
        "departments.Department", verbose_name=_("department"), on_delete=models.PROTECT, related_name="+"
    )
    slot_minutes = models.PositiveSmallIntegerField(_("slot length (minutes)"), default=30)
    capacity = models.PositiveSmallIntegerField(
        _("bookings per slot"), default=1, help_text=_("How many citizens can book the same time.")
    )
    horizon_days = models.PositiveSmallIntegerField(_("bookable days ahead"), default=30)
    notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice (hours)"), default=2, help_text=_("Times sooner than this cannot be booked.")
    )
    reminder_hours = models.PositiveSmallIntegerField(_("reminder (hours before)"), default=24)

    panels = [
        FieldPanel("name"),
        FieldPanel("location"),
        FieldPanel("department"),
        MultiFieldPanel(
            [
                FieldPanel("slot_minutes"),
                FieldPanel("capacity"),
                FieldPanel("horizon_days"),
                FieldPanel("notice_hours"),
                FieldPanel("reminder_hours"),
            ],
            heading=_("Slots"),
        ),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening hours")),
        InlinePanel("closed_days", heading=_("Closed days"), label=_("Closed day")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("bookable resource")
        verbose_name_plural = _("bookable resources")
        constraints = [
            models.CheckConstraint(condition=Q(slot_minutes__gte=5), name="booking_slot_at_least_5_minutes"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="booking_capacity_at_least_1"),
        ]

    def __str__(self):
        return self.name


class OpeningHours(Orderable):
    resource = ParentalKey(BookableResource, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})


class ClosedDay(Orderable):
    resource = ParentalKey(BookableResource, on_delete=models.CASCADE, related_name="closed_days")
    date = models.DateField(_("date"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    panels = [FieldPanel("date"), FieldPanel("reason")]

    class Meta(Orderable.Meta):
        verbose_name = _("closed day")
        verbose_name_plural = _("closed days")


class BookingQuerySet(models.QuerySet):
    def active(self):
        """Bookings that hold their seat: confirmed ones, and unconfirmed ones until released."""
        return self.filter(cancelled_at__isnull=True)

    def occupying(self, now=None):
        """Active bookings that count against the slot's capacity: an unconfirmed hold whose
        time has run out counts as free (it is released when someone takes the seat)."""
        return self.active().exclude(confirmed_at__isnull=True, hold_until__lte=now or timezone.now())

    def unconfirmed(self):
        return self.active().filter(confirmed_at__isnull=True)

    def expired_holds(self, now=None):
        return self.unconfirmed().filter(hold_until__lte=now or timezone.now())


class Booking(models.Model):
    """One citizen's appointment: a seat of one slot of a resource, belonging to a case."""

    resource = models.ForeignKey(BookableResource, on_delete=models.PROTECT, related_name="bookings")
    case = models.ForeignKey(
        "eservice_blocks.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="bookings"
    )
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    seat = models.PositiveSmallIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    #: When the citizen's e-mail address was confirmed (at once for a signed-in citizen).
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    #: Until when an unconfirmed booking holds its seat.
    hold_until = models.DateTimeField(_("held until"), null=True, blank=True, db_index=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "seat"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        constraints = [
            # The guarantee against double booking: one active booking per seat of a slot.
            models.UniqueConstraint(
                fields=["resource", "starts_at", "seat"],
                condition=Q(cancelled_at__isnull=True),
                name="booking_one_active_booking_per_seat",
            ),
            models.CheckConstraint(condition=Q(seat__gte=1), name="booking_seat_from_1"),
        ]

    def __str__(self):
        return f"{self.resource} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def is_held(self) -> bool:
        """Active, and waiting for the citizen to confirm their e-mail address."""
        return self.cancelled_at is None and self.confirmed_at is None

"""Places citizens visit (libraries, schools, recycling centres, the citizen office): address,
position, contact, accessibility, services and opening hours with exceptions; and the list
that finds them by type and audience."""

import datetime

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_pages.blocks import ContentStreamBlock
from cms_pages.fields import ContentStreamField
from cms_pages.models import ContentIndexPage
from cms_pages.models.mixins import AudienceTaggedPage, edit_tabs
from foundations.cache_control import keep_until
from foundations.pages import exclude_restricted
from foundations.weekdays import Weekday

from . import hours
from .forms import PlacePageForm

PHONE_REGION = "SE"


class PlaceType(models.TextChoices):
    LIBRARY = "library", _("Library")
    PRESCHOOL = "preschool", _("Preschool")
    SCHOOL = "school", _("School")
    RECYCLING_CENTRE = "recycling_centre", _("Recycling centre")
    SPORTS_HALL = "sports_hall", _("Sports hall")
    SWIMMING_POOL = "swimming_pool", _("Swimming pool")
    CITIZEN_OFFICE = "citizen_office", _("Citizen office")
    YOUTH_CENTRE = "youth_centre", _("Youth centre")
    MEETING_PLACE = "meeting_place", _("Meeting place")
    OTHER = "other", _("Other")


#: Accessibility facts editors tick, in the order citizens see them.
ACCESSIBILITY_FACTS = (
    ("step_free_entrance", _("Step-free entrance")),
    ("accessible_toilet", _("Accessible toilet")),
    ("hearing_loop", _("Hearing loop")),
    ("accessible_parking", _("Parking for disabled people")),
)


def validate_phone(value: str) -> None:
    try:
        number = phonenumbers.parse(value, PHONE_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("Enter a phone number citizens can call, for example 0123-456 78 or +46 123 456 78."), code="invalid"
        )


def normalized_phone(value: str) -> str:
    """The number in international E.164 form (+46...), or as given when it is not valid."""
    try:
        number = phonenumbers.parse(value, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class PlaceIndexPage(ContentIndexPage):
    """The list of places ("Hitta verksamheter"), one per language under the home page:
    filterable by type and audience without JavaScript, with a map on top when scripts run."""

    subpage_types = ["places.PlacePage"]

    class Meta:
        verbose_name = _("place list")
        verbose_name_plural = _("place lists")

    def places(self):
        """The live, public places under this list (in its language), with their hours."""
        queryset = (
            PlacePage.objects.live()
            .child_of(self)
            .prefetch_related("opening_hours", "exceptions", "audiences")
            .order_by("title")
        )
        return list(exclude_restricted(queryset))

    def get_context(self, request, *args, **kwargs):
        from .listing import cached_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(cached_listing(self, request.GET, timezone.now()))
        # Map tiles are optional (empty in tests: the map then loads nothing from elsewhere).
        context["map_tile_url"] = getattr(settings, "MAP_TILE_URL", "")
        context["map_attribution"] = getattr(settings, "MAP_ATTRIBUTION", "")
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # "Open now" changes by itself: the frontend cache keeps the list only until then.
        keep_until(request, getattr(response, "context_data", {}).get("changes_at"))
        return response


class PlacePage(AudienceTaggedPage):
    """One place citizens visit: where it is, how to reach it, what it offers and when it is open."""

    # Found in the place list (filtered by audience) rather than among an audience's
    # information pages; one page type fewer keeps the audience page within its query budget.
    listed_on_audience_pages = False

    intro = models.TextField(_("introduction"), max_length=500, help_text=_("One or two sentences: what the place is."))
    place_type = models.CharField(_("type of place"), max_length=32, choices=PlaceType.choices)
    body = ContentStreamField(ContentStreamBlock(), blank=True, verbose_name=_("content"))

    street_address = models.CharField(_("street address"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=12, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Degrees north, for example 59.331600. Shown on the map."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Degrees east, for example 18.064500."),
    )

    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[validate_phone])
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True, help_text=_("Only when the place has a site of its own."))

    step_free_entrance = models.BooleanField(_("step-free entrance"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessible_parking = models.BooleanField(_("parking for disabled people"), default=False)
    accessibility_note = models.TextField(
        _("more about accessibility"),
        blank=True,
        help_text=_("For example where the ramp is, or how far the parking is from the entrance."),
    )
    services = StreamField(
        [("service", blocks.CharBlock(max_length=120, label=_("Service")))],
        blank=True,
        use_json_field=True,
        verbose_name=_("services offered"),
        help_text=_("Short items, for example 'Borrow books and e-books' or 'Printing and copying'."),
    )

    base_form_class = PlacePageForm
    # An address, a postcode and a phone number are the same in every language.
    override_translatable_fields = [
        SynchronizedField("street_address"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("phone"),
    ]

    content_panels = AudienceTaggedPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("place_type"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Contact")),
        MultiFieldPanel(
            [*(FieldPanel(name) for name, _label in ACCESSIBILITY_FACTS), FieldPanel("accessibility_note")],
            heading=_("Accessibility"),
        ),
        FieldPanel("services"),
        FieldPanel("body"),
    ]
    hours_panels = [
        InlinePanel(
            "opening_hours",
            heading=_("Ordinary opening hours"),
            label=_("Opening hours"),
            help_text=_("One row per opening interval; add two rows for a day with a lunch break."),
        ),
        InlinePanel(
            "exceptions",
            heading=_("Holidays and other exceptions"),
            label=_("Exception"),
            help_text=_("Days when the place is closed or keeps other hours, for example Julafton."),
        ),
    ]
    edit_handler = edit_tabs(
        content_panels,
        AudienceTaggedPage.promote_panels,
        AudienceTaggedPage.settings_panels,
        ObjectList(hours_panels, heading=_("Opening hours")),
    )
    search_fields = AudienceTaggedPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("street_address"),
        index.SearchField("body"),
    ]

    parent_page_types = ["places.PlaceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def clean(self):
        super().clean()
        if self.phone:
            self.phone = normalized_phone(self.phone)
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})

    # --- what templates, the list and the API use ----------------------------------------------

    @property
    def phone_display(self) -> str:
        if not self.phone:
            return ""
        try:
            return phonenumbers.format_number(
                phonenumbers.parse(self.phone, PHONE_REGION), phonenumbers.PhoneNumberFormat.NATIONAL
            )
        except phonenumbers.NumberParseException:
            return self.phone

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def accessibility_facts(self) -> list[tuple[str, str]]:
        return [(name, label) for name, label in ACCESSIBILITY_FACTS if getattr(self, name)]

    def service_list(self) -> list[str]:
        return [str(child.value) for child in self.services if child.value]

    def schedule(self) -> hours.Schedule:
        return hours.Schedule(
            weekly=tuple(hours.WeeklyHours(row.weekday, row.opens, row.closes) for row in self.opening_hours.all()),
            special=tuple(
                hours.SpecialDays(row.start_date, row.end_date, row.closed, row.opens, row.closes, row.reason)
                for row in self.exceptions.all()
            ),
        )

    def coming_exceptions(self, today: datetime.date, days: int = 60):
        """Exceptions that end today or later and begin within `days` days, soonest first."""
        horizon = today + datetime.timedelta(days=days)
        found = [row for row in self.exceptions.all() if (row.end_date or row.start_date) >= today]
        return sorted(
            (row for row in found if row.start_date <= horizon),
            key=lambda row: (row.start_date, row.opens or datetime.time()),
        )

    def search_text(self) -> str:
        """Words the site search indexes besides the title, introduction and streams (body, services)."""
        parts = [
            str(self.get_place_type_display()),
            self.street_address,
            self.postcode,
            self.city,
            *(str(label) for _name, label in self.accessibility_facts()),
            self.accessibility_note,
        ]
        return " ".join(part for part in parts if part)

    def get_context(self, request, *args, **kwargs):
        from .presentation import linked_facts, place_context

        facts = linked_facts(self, request)
        # The page's child rows in memory (as a revision holds them): no query when read.
        self.opening_hours = facts["opening_hours"]
        self.exceptions = facts["exceptions"]
        context = super().get_context(request, *args, **kwargs)
        context.update(place_context(self, request, timezone.now()))
        context["places_list_url"] = facts["places_list_url"]
        context["audience_pages"] = facts["audience_pages"]
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        status = getattr(response, "context_data", {}).get("status")
        keep_until(request, status.changes_at if status else None)
        return response


class OpeningHours(Orderable):
    """One opening interval of a weekday. Not translated: the same in every language."""

    page = ParentalKey(PlacePage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"), help_text=_("00:00 means midnight at the end of the day."))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self):
        message = interval_error(self.opens, self.closes)
        if message:
            raise ValidationError({"closes": message})


class OpeningException(TranslatableMixin, Orderable):
    """A holiday or other date (or range of dates) when the place is closed or keeps special
    hours. The reason ("Julafton") is translated; several rows for one date give several intervals."""

    page = ParentalKey(PlacePage, on_delete=models.CASCADE, related_name="exceptions")
    start_date = models.DateField(_("date"), help_text=_("The first day."))
    end_date = models.DateField(_("until"), null=True, blank=True, help_text=_("The last day, when more than one."))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True, help_text=_("When not closed: the special hours."))
    closes = models.TimeField(_("closes"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=100, blank=True, help_text=_("For example 'Julafton'."))

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("closed"),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("reason"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("exception")
        verbose_name_plural = _("exceptions")

    def clean(self):
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        if self.closed and (self.opens or self.closes):
            errors["closed"] = _("Untick 'closed all day' to give special hours, or clear the hours.")
        if not self.closed:
            if self.opens is None or self.closes is None:
                errors["opens"] = _("Give both special hours, or tick 'closed all day'.")
            else:
                message = interval_error(self.opens, self.closes)
                if message:
                    errors["closes"] = message
        if errors:
            raise ValidationError(errors)

    def get_default_locale(self):
        # The page may be unsaved (a new page's first revision): its locale is on the instance.
        if self.page_id is None and getattr(self, "page", None) is not None:
            return self.page.locale
        return super().get_default_locale()


def interval_error(opens: datetime.time | None, closes: datetime.time | None) -> str:
    """Why an interval is not valid, or ""."""
    if opens is None or closes is None:
        return ""
    if closes == hours.MIDNIGHT:
        return ""
    if closes <= opens:
        return str(
            _(
                "The closing time must be after the opening time. Hours past midnight: end this row at "
                "00:00 and add a row from 00:00 on the next day."
            )
        )
    return ""

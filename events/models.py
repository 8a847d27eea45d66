"""Event pages (a date and time, perhaps repeating, a place, an audience) and the event index
that lists their upcoming occurrences with filters and calendar exports."""

import datetime
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_pages.blocks import ContentStreamBlock
from cms_pages.fields import ContentStreamField
from cms_pages.models.content_index import ContentIndexPage
from cms_pages.models.mixins import AudienceTaggedPage, edit_tabs
from foundations import tree_cache
from foundations.pages import exclude_restricted

from . import recurrence
from .describe import describe
from .forms import EventPageForm
from .ical import calendar_response
from .listing import EventFilter, listing_context
from .structured_data import event_json_ld, open_graph

FREQUENCY_CHOICES = [
    (recurrence.NONE, _("Does not repeat")),
    (recurrence.DAILY, _("Daily")),
    (recurrence.WEEKLY, _("Weekly")),
    (recurrence.MONTHLY, _("Monthly")),
]
MONTHLY_CHOICES = [
    (recurrence.MONTHLY_BY_DATE, _("On the same date (e.g. the 14th)")),
    (recurrence.MONTHLY_BY_WEEKDAY, _("On the same weekday (e.g. the third Tuesday)")),
]
#: How many upcoming occurrences an event page and the API show.
NEXT_OCCURRENCES = 5


class EventPage(RoutablePageMixin, AudienceTaggedPage):
    """One event, or a series of them: when, where, for whom, how accessible, how to take part."""

    # Events are found in the event list (filtered by audience), not among an audience's
    # information pages, where a past event would linger; and one page type fewer keeps the
    # audience page within its query budget.
    listed_on_audience_pages = False

    intro = models.TextField(_("introduction"), max_length=500, help_text=_("One or two sentences: what happens."))
    body = ContentStreamField(ContentStreamBlock(), blank=True, verbose_name=_("content"))

    # When (local time in the municipality's time zone)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for an all-day event.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Only if the event lasts more than one day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)

    # Repeats
    recurrence_frequency = models.CharField(
        _("repeats"), max_length=10, choices=FREQUENCY_CHOICES, default=recurrence.NONE, blank=True
    )
    recurrence_interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        help_text=_("1 for every day/week/month, 2 for every other, and so on."),
    )
    recurrence_weekdays = models.CharField(
        _("on weekdays"),
        max_length=27,
        blank=True,
        help_text=_("For weekly events. Without a choice, the weekday of the start date."),
    )
    recurrence_monthly_by = models.CharField(
        _("monthly on"), max_length=10, choices=MONTHLY_CHOICES, default=recurrence.MONTHLY_BY_DATE
    )
    recurrence_until = models.DateField(_("repeats until"), null=True, blank=True)
    recurrence_count = models.PositiveSmallIntegerField(
        _("number of times"), null=True, blank=True, help_text=_("Instead of an end date: how many times in all.")
    )

    # Where
    place_name = models.CharField(_("place"), max_length=200, help_text=_("E.g. Sjövik City Library, Room Ekén."))
    place_address = models.CharField(_("address"), max_length=255, blank=True)
    place_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page about the place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Taking part
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, hearing loop, toilets, seating, interpretation, …"),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    no_registration_needed = models.BooleanField(_("no registration needed"), default=False)
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.DecimalField(
        _("price (SEK)"), max_digits=8, decimal_places=2, null=True, blank=True, help_text=_("When not free.")
    )

    content_panels = AudienceTaggedPage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("recurrence_frequency"), FieldPanel("recurrence_interval")]),
                FieldPanel("recurrence_weekdays"),
                FieldPanel("recurrence_monthly_by"),
                FieldRowPanel([FieldPanel("recurrence_until"), FieldPanel("recurrence_count")]),
                InlinePanel("cancelled_dates", label=_("Cancelled dates"), heading=_("Cancelled dates")),
            ],
            heading=_("Repeats"),
        ),
        MultiFieldPanel(
            [FieldPanel("place_name"), FieldPanel("place_address"), PageChooserPanel("place_page")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accessibility"),
                FieldPanel("registration_url"),
                FieldPanel("no_registration_needed"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
            ],
            heading=_("Taking part"),
        ),
        FieldPanel("body"),
    ]
    edit_handler = edit_tabs(content_panels, AudienceTaggedPage.promote_panels, AudienceTaggedPage.settings_panels)
    search_fields = AudienceTaggedPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("place_name"),
        index.SearchField("accessibility"),
    ]
    # Codes and addresses are the same in every language (editors may still override them).
    override_translatable_fields = [SynchronizedField("recurrence_weekdays"), SynchronizedField("place_address")]
    base_form_class = EventPageForm

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def search_text(self) -> str:
        """Words the site search indexes besides the title, introduction and body: where the
        event is and how accessible it is."""
        place_page = self.place_page.title if self.place_page_id and self.place_page else ""
        parts = [self.place_name, self.place_address, place_page, self.accessibility]
        return " ".join(part for part in parts if part)

    # --- schedule ------------------------------------------------------------------------------

    @cached_property
    def schedule(self) -> recurrence.Schedule:
        """When the event happens (computed once per instance)."""
        return self.build_schedule()

    def build_schedule(self) -> recurrence.Schedule:
        return recurrence.Schedule(
            start_date=self.start_date,
            start_time=self.start_time,
            end_date=self.end_date,
            end_time=self.end_time,
            frequency=self.recurrence_frequency or recurrence.NONE,
            interval=self.recurrence_interval or 1,
            weekdays=tuple(day for day in self.recurrence_weekdays.split(",") if day),
            monthly_by=self.recurrence_monthly_by,
            until=self.recurrence_until,
            count=self.recurrence_count,
            excluded_dates=frozenset(cancelled.date for cancelled in self.cancelled_dates.all())
            if self.recurrence_frequency in recurrence.FREQUENCIES
            else frozenset(),
        )

    def next_occurrences(self, limit: int = NEXT_OCCURRENCES, after: datetime.datetime | None = None):
        return self.schedule.next_occurrences(after or timezone.now(), limit)

    @property
    def recurrence_text(self) -> str:
        """The rule in words, in the active language ("Every week on Wednesday")."""
        return describe(self.schedule)

    @property
    def is_recurring(self) -> bool:
        return self.recurrence_frequency in recurrence.FREQUENCIES

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date is None:
            return
        if self.start_time is None and self.end_time is not None:
            errors["start_time"] = _("Give a start time as well as the end time, or leave both empty for all day.")
        end_date = self.end_date or self.start_date
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts: choose an end date after the start date.")
        elif self.start_time and self.end_time and end_date == self.start_date and self.end_time <= self.start_time:
            errors["end_time"] = _("The event cannot end before it starts: choose an end time after the start time.")
        if self.is_recurring:
            if self.recurrence_until and self.recurrence_until < self.start_date:
                errors["recurrence_until"] = _("Choose an end of the repetition on or after the start date.")
            if self.recurrence_until and self.recurrence_count:
                errors["recurrence_count"] = _("Give either an end date or a number of times, not both.")
            if not self.recurrence_interval:
                errors["recurrence_interval"] = _("Repeat at least every 1 day, week or month.")
            elif self.recurrence_interval > 52:
                errors["recurrence_interval"] = _("Repeat at most every 52 days, weeks or months.")
            weekdays = [day for day in self.recurrence_weekdays.split(",") if day]
            if any(day not in recurrence.WEEKDAYS for day in weekdays):
                errors["recurrence_weekdays"] = _("Choose weekdays from the list.")
            if not errors and self.build_schedule().duration > datetime.timedelta(
                days=self.recurrence_interval or 1
            ) * {
                recurrence.DAILY: 1,
                recurrence.WEEKLY: 7,
                recurrence.MONTHLY: 28,
            }.get(self.recurrence_frequency, 1):
                errors["end_date"] = _("A repeating event must end before it happens again: shorten it.")
        if self.registration_url and self.no_registration_needed:
            errors["no_registration_needed"] = _(
                "Either give a registration link or tick 'no registration needed', not both."
            )
        if not self.is_free and self.price is None:
            errors["price"] = _("Give the price, or tick 'free of charge'.")
        if errors:
            raise ValidationError(errors)

    # --- place and audiences --------------------------------------------------------------------

    def localized_place_page(self):
        """The chosen place page in this page's language (or as chosen when it is not translated),
        when it is public. One query."""
        if self.place_page_id is None:
            return None

        same_page = Page.objects.filter(pk=self.place_page_id).values("translation_key")[:1]
        candidates = list(exclude_restricted(Page.objects.live().filter(translation_key__in=same_page)))
        for wanted in (lambda page: page.locale_id == self.locale_id, lambda page: page.pk == self.place_page_id):
            found = next((page for page in candidates if wanted(page)), None)
            if found is not None:
                return found
        return None

    def index_url(self) -> str:
        """The event index's address (the parent), without a query."""
        url = self.get_url() or ""
        suffix = f"{self.slug}/"
        return url[: -len(suffix)] if url.endswith(suffix) else self.get_parent().get_url()

    # --- views ---------------------------------------------------------------------------------

    def linked_facts(self, request) -> dict:
        """What the page shows from other tables (its cancelled dates, audiences and place): the
        same for every reader until the next publish, so cached with the page tree (a preview
        reads them afresh)."""

        def build():
            return {
                "schedule": self.schedule,
                "audience_pages": list(self.audience_pages()),
                "place_link": self.localized_place_page(),
            }

        if getattr(request, "is_preview", False) or not self.pk:
            return build()
        return tree_cache.cached(f"event-page:{self.pk}:{self.latest_revision_id}", build, shared=False)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        facts = self.linked_facts(request)
        self.__dict__["schedule"] = facts["schedule"]  # the cached_property, from the cache
        context["occurrences"] = self.next_occurrences()
        today = timezone.localdate()
        context["cancelled_dates"] = sorted(day for day in self.schedule.excluded_dates if day >= today)
        context["audience_pages"] = facts["audience_pages"]
        context["place_link"] = facts["place_link"]
        context["json_ld"] = event_json_ld(
            self, request, context["occurrences"], context["audience_pages"], context["place_link"]
        )
        context["open_graph"] = open_graph(self, request)
        return context

    @path("")
    def page_view(self, request):
        # Through the page's own serve(): it handles e-service forms in the body.
        return self.serve(request)

    @path("ical/")
    def ical(self, request):
        return calendar_response([self], request, filename=f"{self.slug}.ics", name=self.title)


class CancelledDate(Orderable):
    """A date on which a repeating event does not take place (an EXDATE)."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="cancelled_dates")
    date = models.DateField(_("date"))

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("cancelled date")
        verbose_name_plural = _("cancelled dates")


class EventIndexPage(RoutablePageMixin, ContentIndexPage):
    """The events of one language ("Evenemang"): upcoming occurrences by day, filterable by date,
    audience and place, and exportable as iCalendar."""

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def events(self):
        """The live, public events under this index."""
        return exclude_restricted(
            EventPage.objects.live().child_of(self).prefetch_related("cancelled_dates", "audiences")
        )

    @path("")
    def calendar(self, request):
        return self.render(request, context_overrides=listing_context(self, request))

    @path("ical/")
    def ical(self, request):
        event_filter = EventFilter.from_request(self, request)
        return calendar_response(event_filter.matching_events(), request, filename=f"{self.slug}.ics", name=self.title)

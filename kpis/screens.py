"""Office screens: the figures on a 1920x1080 wall screen, opened with a kiosk link, refreshed
every few seconds (a script swaps in the new figures; without it, a meta refresh reloads)."""

from django.core.cache import cache
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from eservice_blocks.cases.models import Case, CaseStatus
from eservice_blocks.cases.tokens import hash_token
from feedback.models import Feedback

from . import figures
from .models import OfficeScreen

REFRESH_SECONDS = 5
CHART_WIDTH, CHART_HEIGHT = 1840, 230
#: Room for the axes' labels: cases on the start side, satisfaction on the end side, weeks below.
CHART_MARGIN_START, CHART_MARGIN_END, CHART_MARGIN_TOP, CHART_MARGIN_BOTTOM = 70, 80, 12, 34


def nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten that is at least `value` (an axis' top)."""
    magnitude = 1
    while True:
        for step in (1, 2, 5):
            if step * magnitude >= value:
                return step * magnitude
        magnitude *= 10


def chart(trend) -> dict:
    """Cases per week as bars and satisfaction as a line, as SVG coordinates, with both axes'
    ticks (cases on the start side, percent on the end side) and each bar's week number."""
    weeks = trend[-12:]
    plot_width = CHART_WIDTH - CHART_MARGIN_START - CHART_MARGIN_END
    plot_height = CHART_HEIGHT - CHART_MARGIN_TOP - CHART_MARGIN_BOTTOM
    base = CHART_MARGIN_TOP + plot_height
    # At least 2, so that the middle tick is a whole number.
    top = nice_ceiling(max([week["cases"] for week in weeks] + [2]))
    ticks = [
        {"y": round(base - fraction * plot_height), "cases": round(top * fraction), "percent": round(100 * fraction)}
        for fraction in (0, 0.5, 1)
    ]
    step = plot_width / len(weeks) if weeks else plot_width
    bars, points = [], []
    for index, week in enumerate(weeks):
        height = round(week["cases"] / top * plot_height)
        x = round(CHART_MARGIN_START + index * step + step * 0.15)
        centre = round(CHART_MARGIN_START + index * step + step / 2)
        bar = {"x": x, "y": base - height, "width": round(step * 0.7), "height": height, "centre": centre}
        bars.append({**bar, **week})
        if week["satisfaction"] is not None:
            points.append(f"{centre},{round(base - week['satisfaction'] / 100 * plot_height)}")
    return {
        "bars": bars,
        "points": " ".join(points),
        "ticks": ticks,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "start": CHART_MARGIN_START,
        "end": CHART_WIDTH - CHART_MARGIN_END,
        "label_y": CHART_HEIGHT - 8,
    }


#: The aggregate figures change slowly and cost up to a second on a million cases, so every
#: screen of a department shares them for a minute; the feedback feed and open cases are live.
FIGURES_CACHE_SECONDS = 60


def slow_figures(department) -> dict:
    key = f"kommunportal:screen-figures:{department.pk if department else 'all'}"
    cached = cache.get(key)
    if cached is None:
        since = figures.period(90)
        cached = {
            "self_service": figures.self_service(since, department)[-1],
            "satisfaction": figures.satisfaction(since, "department", department)[-1],
            "guides": figures.guide_resolution(since, department),
            "hardest": sorted(figures.lead_times(since, "service_type", department), key=lambda row: -(row.value or 0))[
                :3
            ],
            "chart": chart(figures.weekly_trend(figures.period(84), department)),
        }
        cache.set(key, cached, FIGURES_CACHE_SECONDS)
    return cached


def screen_context(screen) -> dict:
    department = screen.department
    open_cases = Case.objects.exclude(status=CaseStatus.CLOSED)
    feed = Feedback.objects.select_related("page").order_by("-created_at")
    if department:
        open_cases = open_cases.filter(department=department)
        feed = feed.filter(department=department)
    return {
        "screen": screen,
        **slow_figures(department),
        "open_count": open_cases.count(),
        "oldest": figures.oldest_open_cases(6, department),
        "feed": feed[:8],
        "updated_at": timezone.now(),
        "refresh_seconds": REFRESH_SECONDS,
    }


def screen(request, token):
    office_screen = OfficeScreen.objects.active().select_related("department").filter(token_hash=hash_token(token))
    office_screen = office_screen.first()
    if office_screen is None:
        raise Http404
    template = "kpis/screen_figures.html" if request.GET.get("part") == "figures" else "kpis/screen.html"
    response = render(request, template, screen_context(office_screen))
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response

"""The editors' weekly search report: what citizens searched for and did not find."""

import datetime

from django.template.response import TemplateResponse
from django.utils import timezone

from . import querylog


def report(request):
    this_week = querylog.week_of(timezone.localdate())
    try:
        week = querylog.week_of(datetime.date.fromisoformat(request.GET.get("week", "")))
    except ValueError:
        week = this_week
    context = {
        "week": week,
        "previous_week": week - datetime.timedelta(days=7),
        "next_week": week + datetime.timedelta(days=7) if week < this_week else None,
        **querylog.report(week),
    }
    return TemplateResponse(request, "search/admin/report.html", context)

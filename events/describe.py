"""A repeating event's rule in words for citizens ("Every week on Wednesday until 30 June")."""

from django.template.defaultfilters import date as format_date
from django.utils.dates import WEEKDAYS
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import recurrence

ORDINALS = {
    1: lambda: _("first"),
    2: lambda: _("second"),
    3: lambda: _("third"),
    4: lambda: _("fourth"),
    -1: lambda: _("last"),
}


def _weekday_names(codes) -> str:
    return get_text_list([str(WEEKDAYS[recurrence.WEEKDAYS.index(code)]) for code in codes], _("and"))


def describe(schedule: recurrence.Schedule) -> str:
    """The rule in the active language; empty for a one-off event."""
    if not schedule.is_recurring:
        return ""
    every = max(1, schedule.interval)
    if schedule.frequency == recurrence.DAILY:
        text = ngettext("Every day", "Every %(count)d days", every) % {"count": every}
    elif schedule.frequency == recurrence.WEEKLY:
        text = ngettext("Every week on %(days)s", "Every %(count)d weeks on %(days)s", every) % {
            "count": every,
            "days": _weekday_names(schedule.effective_weekdays()),
        }
    elif schedule.monthly_by == recurrence.MONTHLY_BY_WEEKDAY:
        text = ngettext(
            "Every month on the %(ordinal)s %(day)s", "Every %(count)d months on the %(ordinal)s %(day)s", every
        ) % {
            "count": every,
            "ordinal": ORDINALS[recurrence.week_of_month(schedule.start_date)](),
            "day": WEEKDAYS[schedule.start_date.weekday()],
        }
    else:
        text = ngettext("Every month on day %(day)d", "Every %(count)d months on day %(day)d", every) % {
            "count": every,
            "day": schedule.start_date.day,
        }
    if schedule.count:
        text += ", " + ngettext("%(count)d time in all", "%(count)d times in all", schedule.count) % {
            "count": schedule.count
        }
    elif schedule.until:
        text += ", " + _("until %(date)s") % {"date": format_date(schedule.until, "j F Y")}
    return text

"""The cookies the site sets, named as its settings name them, for the cookies page."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def _lifetime(seconds: int) -> str:
    hours = seconds // 3600
    if hours < 48:
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    days = hours // 24
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def _has_language_view() -> bool:
    try:
        reverse("set_language")
    except NoReverseMatch:
        return False
    return True


def site_cookies() -> list[dict]:
    """Each cookie as name, purpose and how long it stays. No cookie is for statistics or
    marketing: the site sets only those it needs to work."""
    session_lifetime = (
        _("Until you close the browser")
        if settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
        else _lifetime(settings.SESSION_COOKIE_AGE)
    )
    cookies = [
        {
            "name": settings.SESSION_COOKIE_NAME,
            "purpose": _(
                "Keeps you signed in to My pages and the e-services, and remembers a form you have "
                "started. Set only when you sign in or send a form."
            ),
            "lifetime": session_lifetime,
        }
    ]
    if not settings.CSRF_USE_SESSIONS:
        cookies.append(
            {
                "name": settings.CSRF_COOKIE_NAME,
                "purpose": _("Protects the e-services' forms from being sent by another site in your name."),
                "lifetime": _lifetime(settings.CSRF_COOKIE_AGE),
            }
        )
    if _has_language_view():
        cookies.append(
            {
                "name": settings.LANGUAGE_COOKIE_NAME,
                "purpose": _("Remembers the language you chose."),
                "lifetime": _lifetime(settings.LANGUAGE_COOKIE_AGE)
                if settings.LANGUAGE_COOKIE_AGE
                else _("Until you close the browser"),
            }
        )
    return cookies

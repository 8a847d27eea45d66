"""Staff sign-in (the Wagtail admin at /admin/login/) locked after repeated failures, with
django-axes; settings in base.py (STAFF_SIGN_IN_*), threat model in docs/security.md.

* Failures count per staff account and client address: after STAFF_SIGN_IN_FAILURES wrong
  passwords the account is locked *from that address*, so a guesser elsewhere cannot lock a
  colleague out of the office. Failures from one address over all accounts lock the address
  after STAFF_SIGN_IN_ADDRESS_FAILURES (a guesser trying many accounts).
* The address is the client's as `foundations.client` resolves it behind nginx and Varnish, so
  one client is not every client (the proxy's address) and cannot choose its own.
* Attempts live in the database (axes' database handler), shared by every app server.
* A lock ends STAFF_SIGN_IN_COOLOFF_MINUTES after the failure that caused it; attempts while
  locked, right password or not, are refused and do not extend it.
* Every failure and lock is logged on the `kommunportal.security` logger with the username
  masked and the client address; never the password.
"""

import logging
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db.models import Max, Sum
from django.dispatch import receiver
from django.shortcuts import render
from django.utils import timezone, translation

from .client import UNKNOWN, client_address
from .responses import private

logger = logging.getLogger("kommunportal.security")


def masked_username(username) -> str:
    """Enough of a username to tell attempts apart in a log, not enough to give it away."""
    text = str(username or "")
    if not text:
        return "(none)"
    return f"{text[0]}***" if len(text) > 1 else "*"


def lockout_address(request) -> str | None:
    """The client address axes counts under (AXES_CLIENT_IP_CALLABLE); None when unknown."""
    address = client_address(request)
    return None if address == UNKNOWN else address


def cool_off(request=None) -> timedelta:
    """How long a lock lasts (AXES_COOLOFF_TIME)."""
    return timedelta(minutes=settings.STAFF_SIGN_IN_COOLOFF_MINUTES)


def failure_limit(request=None, credentials=None) -> int:
    """Failures of one account from one address that lock it (AXES_FAILURE_LIMIT)."""
    return settings.STAFF_SIGN_IN_FAILURES


class StaffLockoutHandler(AxesDatabaseHandler):
    """Axes' database handler with two limits: one per account and address, a higher one per
    address. AXES_LOCKOUT_PARAMETERS lists the two groups in that order."""

    def get_failures(self, request, credentials=None) -> int:
        by_account, by_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        # Axes compares one number with the account limit: failures from the address count
        # towards it only past the address's higher limit.
        over_address = by_address - (settings.STAFF_SIGN_IN_ADDRESS_FAILURES - failure_limit())
        return max(by_account, over_address)

    def reset_user_attempts(self, request, credentials=None) -> int:
        """After a successful sign-in only this account's failures from this address are
        forgotten, never the address's failures on other accounts."""
        username = get_client_username(request, credentials)
        deleted, _ = AccessAttempt.objects.filter(username=username, ip_address=request.axes_ip_address).delete()
        return deleted


def locked_until(address, username):
    """When the lock on `username` signing in from `address` ends: the failure that locked the
    account (or the address) plus the cool-off. Failures while locked are not recorded, so
    this time does not move."""
    recent = AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=timezone.now() - cool_off())
    account = recent.filter(username=username).aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
    everyone = recent.aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
    locking = [
        found["last"]
        for found, limit in ((account, failure_limit()), (everyone, settings.STAFF_SIGN_IN_ADDRESS_FAILURES))
        if (found["failures"] or 0) >= limit
    ]
    return max(locking, default=timezone.now()) + cool_off()


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out staff member sees (AXES_LOCKOUT_CALLABLE): what happened and when
    to try again, in the admin's look and the browser's language."""
    until = locked_until(request.axes_ip_address, get_client_username(request, credentials))
    seconds = max(int((until - timezone.now()).total_seconds()), 1)
    context = {"until": timezone.localtime(until), "minutes": max((seconds + 59) // 60, 1)}
    # Answered after the view, outside the admin's own language handling: the browser's language.
    with translation.override(translation.get_language_from_request(request)):
        response = render(request, "foundations/staff_locked_out.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return private(response)


@receiver(user_login_failed)
def log_failed_sign_in(sender, credentials, request=None, **kwargs):
    if request is None:
        return
    logger.warning(
        "Staff sign-in failed: user=%s address=%s",
        masked_username(credentials.get("username")),
        client_address(request),
    )


@receiver(user_locked_out)
def log_lockout(sender, request, username, ip_address, **kwargs):
    # Axes counts the failures only on the attempt that locks; later ones are refused unseen.
    event = "locked" if getattr(request, "axes_failures_since_start", None) is not None else "refused while locked"
    logger.warning(
        "Staff sign-in %s: user=%s address=%s until=%s",
        event,
        masked_username(username),
        client_address(request),
        timezone.localtime(locked_until(ip_address, username)).strftime("%Y-%m-%d %H:%M"),
    )

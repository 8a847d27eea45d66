"""Following a report instead of sending a duplicate: the address is confirmed first.

Anyone can type any address into the follow form, so the first and only message before the
owner of the address confirms is the confirmation link; only confirmed followers hear when the
report's status changes. Unconfirmed follows of one address are limited, and they are deleted
when their link has run out (`delete_unconfirmed`, from the nightly retention run).
"""

import secrets
from datetime import timedelta
from enum import Enum

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from eservice_blocks.cases.tokens import hash_token
from notifications.outbox import notify

from .models import Follower

CONFIRMATION = "problem_report_follow_confirm"


class FollowState(Enum):
    CONFIRMATION_SENT = "sent"
    WAITING_FOR_CONFIRMATION = "waiting"
    ALREADY_FOLLOWING = "following"


class FollowRefused(Exception):
    """Too many follows of one address wait for confirmation; `message` tells what to do."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def confirm_within() -> timedelta:
    return timedelta(hours=settings.PROBLEM_REPORT_FOLLOW_CONFIRM_HOURS)


def confirm_url(token: str, language: str) -> str:
    with translation.override(language):
        path = reverse("eservice_blocks:problem_report:follow_confirm", args=[token])
    return settings.SITE_BASE_URL.rstrip("/") + path


def request_follow(report, email: str, language: str, now=None) -> FollowState:
    """Start following `report` with `email`: a confirmation link goes to the address, unless it
    already follows the report or a link sent to it is still valid."""
    now = now or timezone.now()
    since = now - confirm_within()
    existing = report.followers.filter(email__iexact=email).first()
    if existing is not None and existing.confirmed_at is not None:
        return FollowState.ALREADY_FOLLOWING
    if existing is not None and existing.created_at >= since:
        return FollowState.WAITING_FOR_CONFIRMATION  # no second e-mail: the first link still works
    waiting = Follower.objects.unconfirmed().filter(email__iexact=email, created_at__gte=since).count()
    if waiting >= settings.PROBLEM_REPORT_UNCONFIRMED_FOLLOWS_PER_ADDRESS:
        raise FollowRefused(
            _(
                "We have already sent several confirmation links to this address. Confirm one of "
                "them, or try again tomorrow."
            )
        )
    token = secrets.token_urlsafe(32)
    try:
        with transaction.atomic():
            if existing is not None:  # its link ran out: a new one
                existing.delete()
            Follower.objects.create(
                report=report, email=email, language=language, token_hash=hash_token(token), created_at=now
            )
            notify(
                CONFIRMATION,
                email,
                language=language,
                subject=report.case,
                context={
                    "category": report.category_label,
                    "hours": settings.PROBLEM_REPORT_FOLLOW_CONFIRM_HOURS,
                    "secret_confirm_url": confirm_url(token, language),
                },
            )
    except IntegrityError:  # the same address at the same moment, from a double click
        return FollowState.WAITING_FOR_CONFIRMATION
    return FollowState.CONFIRMATION_SENT


def follower_by_token(token: str, now=None) -> Follower | None:
    """The follow a confirmation link is for, while the link is valid (or already used)."""
    now = now or timezone.now()
    follower = Follower.objects.select_related("report__case").filter(token_hash=hash_token(token)).first()
    if follower is None or follower.confirmed_at is not None:
        return follower
    return follower if follower.created_at >= now - confirm_within() else None


def confirm(follower: Follower, now=None) -> None:
    if follower.confirmed_at is None:
        follower.confirmed_at = now or timezone.now()
        follower.save(update_fields=["confirmed_at"])


def delete_unconfirmed(now=None) -> int:
    """Follows whose confirmation link has run out: the address was never confirmed."""
    now = now or timezone.now()
    deleted, _by_model = Follower.objects.unconfirmed().filter(created_at__lt=now - confirm_within()).delete()
    return deleted

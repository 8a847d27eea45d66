"""Deleting what sign-in leaves behind: citizens who have not signed in for
CITIZEN_RETENTION_DAYS (their cases stay, with their own retention), and expired sessions."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from .models import Citizen

logger = logging.getLogger(__name__)


def delete_expired_citizens(now=None) -> int:
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.CITIZEN_RETENTION_DAYS)
    count, _ = Citizen.objects.filter(last_signed_in_at__lt=cutoff).delete()
    if settings.SESSION_ENGINE == "django.contrib.sessions.backends.db":
        Session.objects.filter(expire_date__lt=now).delete()
    if count:
        logger.info("Deleted %s citizens who had not signed in for %s days", count, settings.CITIZEN_RETENTION_DAYS)
    return count

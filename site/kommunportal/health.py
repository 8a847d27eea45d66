"""Health endpoints for load balancers, the frontend cache and monitoring (docs/deploy.md).

* `/health/`: liveness. The process answers; nothing else is checked.
* `/health/ready/`: readiness. 503 when the database does not answer: this server cannot serve.
  The shared cache is reported too, but a cache outage only slows the site down
  (kommunportal/cache.py), so it does not take the server out of the pool. So is the site
  search: the backend in use, and whether it fell back to the database because the search
  engine is unreachable (the search still answers then, so this is no failure either).
* `/health/worker/`: the background work. 503 when tasks, e-mails or hand-overs that are due
  wait longer than HEALTH_MAX_BACKLOG_SECONDS (the worker is down or behind, or a hand-over's
  task was lost and the sweep `deliver_handovers` is not running), or while a hand-over to a case
  system has been failed for longer than HANDOVER_FAILED_ALERT_SECONDS (someone must fix the
  receiver and retry it). For monitoring, not for the pool.
"""

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_safe
from django_tasks_db.models import DBTaskResult

from handover.states import health as handover_health
from notifications.models import Notification, NotificationStatus
from search.models import PendingIndexUpdate
from search.status import report as search_report


def _answer(checks: dict, failed: bool) -> JsonResponse:
    response = JsonResponse({"status": "fail" if failed else "ok", "checks": checks}, status=503 if failed else 200)
    response["Cache-Control"] = "no-store"
    return response


def _timed(check) -> dict:
    started = time.perf_counter()
    try:
        result = {"ok": True, **(check() or {})}
    except Exception as error:
        result = {"ok": False, "error": type(error).__name__}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    key, value = f"kommunportal:health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    try:
        if cache.get(key) != value:  # the resilient backend turns an outage into a miss
            raise ConnectionError("the cache did not keep a value")
    finally:
        cache.delete(key)
    return {"backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}


def _search():
    return search_report()


def _backlog():
    now = timezone.now()
    oldest_task = DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    overdue = Notification.objects.filter(status=NotificationStatus.PENDING, next_attempt_at__lte=now)
    oldest_mail = overdue.order_by("next_attempt_at").values_list("next_attempt_at", flat=True).first()
    # A search engine update waits from its first failure: the engine is down, or the replay is.
    oldest_update = PendingIndexUpdate.objects.order_by("created_at").values_list("created_at", flat=True).first()
    waits = [(now - when).total_seconds() for when in (oldest_task, oldest_mail, oldest_update) if when is not None]
    # A hand-over due for long has lost its task (a worker crashed) and the sweep is not running.
    handovers = handover_health(now)
    longest = max([*waits, handovers["handovers_longest_wait_seconds"]])
    result = {
        "tasks_waiting": DBTaskResult.objects.ready().count(),
        "emails_due": overdue.count(),
        "search_updates_waiting": PendingIndexUpdate.objects.count(),
        "longest_wait_seconds": round(longest, 1),
    }
    result.update({key: value for key, value in handovers.items() if key != "ok"})
    if longest > settings.HEALTH_MAX_BACKLOG_SECONDS or not handovers["ok"]:
        raise BacklogTooOld(result)
    return result


class BacklogTooOld(Exception):
    def __init__(self, details):
        super().__init__("backlog")
        self.details = details


@require_safe
def live(request):
    return _answer({}, failed=False)


@require_safe
def ready(request):
    checks = {"database": _timed(_database), "cache": _timed(_cache), "search": _timed(_search)}
    return _answer(checks, failed=not checks["database"]["ok"])


@require_safe
def worker(request):
    started = time.perf_counter()
    try:
        details, failed = {"ok": True, **_backlog()}, False
    except BacklogTooOld as too_old:
        details, failed = {"ok": False, **too_old.details}, True
    except Exception as error:
        details, failed = {"ok": False, "error": type(error).__name__}, True
    details["ms"] = round((time.perf_counter() - started) * 1000, 1)
    details["max_seconds"] = settings.HEALTH_MAX_BACKLOG_SECONDS
    return _answer({"worker": details}, failed=failed)


class HealthCheckMiddleware:
    """Answers the health paths first, before any other middleware: a probe must not depend on
    the site set-up (the site lookup reads the database) nor on the Host header a load balancer
    sends."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.views = {"/health/": live, "/health/ready/": ready, "/health/worker/": worker}

    def __call__(self, request):
        view = self.views.get(request.path_info)
        if view is not None:
            return view(request)
        return self.get_response(request)

"""How long the frontend cache may keep a page that says "open now".

Pages are normally kept for FRONTEND_CACHE_SECONDS (10 minutes). A place's page (and the list)
changes by itself when a place opens or closes and at midnight ("tomorrow" becomes "today"),
so it may be kept only until the next such moment, and never longer than usual. The page also
says at what time its status was computed, and a small script brings a cached copy up to date.
"""

import datetime
import math

from django.conf import settings
from django.utils import timezone

from frontend.middleware import FrontendCacheMiddleware


def cache_seconds(changes_at: datetime.datetime | None, now: datetime.datetime) -> int:
    longest = settings.FRONTEND_CACHE_SECONDS
    if changes_at is None:
        return longest
    return max(0, min(longest, math.floor((changes_at - now).total_seconds())))


def until_next_change(request, response, changes_at: datetime.datetime | None) -> None:
    """Once the page is rendered, let the frontend cache keep it only until `changes_at`, when
    it would keep it at all (the same checks as FrontendCacheMiddleware, which leaves a
    Cache-Control it finds as it is)."""
    if "Cache-Control" in response or not hasattr(response, "add_post_render_callback"):
        return

    def limit(rendered):
        if "Cache-Control" in rendered:
            return
        if request.path_info.startswith(FrontendCacheMiddleware.NEVER):
            return
        if not FrontendCacheMiddleware(get_response=None)._same_for_everyone(request, rendered):
            return  # the middleware makes it private
        seconds = cache_seconds(changes_at, timezone.now())
        if seconds <= 0:
            rendered["Cache-Control"] = "private, no-cache"
        elif rendered.status_code == 200:
            rendered["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"

    response.add_post_render_callback(limit)

"""A fixed-window rate limit on the shared cache, per client address."""

import time

from django.core.cache import cache


def client_address(request) -> str:
    # Behind the proxy the app sees the proxy; gunicorn's forwarded_allow_ips makes REMOTE_ADDR
    # the client's address, so REMOTE_ADDR is what we count.
    return request.META.get("REMOTE_ADDR", "unknown")


def allow(request, scope: str, limit: int, window_seconds: int = 60) -> bool:
    """Count one hit for this client in `scope`; False once `limit` is passed in the window."""
    window = int(time.time() // window_seconds)
    key = f"kommunportal:ratelimit:{scope}:{client_address(request)}:{window}"
    if cache.add(key, 1, window_seconds + 1):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window_seconds + 1)
        return True

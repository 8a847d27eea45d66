"""Fixed-window rate limits on the shared cache, counted per client address.

The address is the one `foundations.client` resolves behind the trusted proxies; IPv6 clients
are counted per /64 network, since one home or phone gets a whole /64 and could rotate within it.
"""

import ipaddress
import time

from django.core.cache import cache

from .client import client_address


def client_key(request) -> str:
    """What one client's hits are counted under."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return ipaddress.ip_network(f"{parsed}/64", strict=False).with_prefixlen
    return parsed.compressed


def allow(request, scope: str, limit: int, window_seconds: int = 60) -> bool:
    """Count one hit for this client in `scope`; False once `limit` is passed in the window."""
    window = int(time.time() // window_seconds)
    key = f"kommunportal:ratelimit:{scope}:{client_key(request)}:{window}"
    if cache.add(key, 1, window_seconds + 1):
        return limit >= 1  # a limit of 0 lets nothing through, not the first of each window
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window_seconds + 1)
        return limit >= 1

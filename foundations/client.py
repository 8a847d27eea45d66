"""The client's address, resolved once per request from the proxies the site trusts.

Behind the documented chain (nginx → Varnish → gunicorn) `REMOTE_ADDR` is always the last proxy.
Each proxy appends the address it got the request from to `X-Forwarded-For`, so reading that
list from the right and skipping the proxies in `TRUSTED_PROXIES` gives the first address no
trusted proxy can vouch for past: the client. Entries further left were written by the client
itself and are never believed.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

UNKNOWN = "unknown"
#: Where the resolved address is kept on the request, so it is worked out once.
REQUEST_ATTRIBUTE = "client_address"


@lru_cache(maxsize=8)
def _networks(configured: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in configured)


def trusted_networks() -> tuple:
    """The networks of the trusted proxies (`TRUSTED_PROXIES`: addresses or CIDR blocks)."""
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))


def _parse(text: str):
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def resolve(remote_addr: str, forwarded_for: str, networks) -> str:
    """The client's address from the peer address and the `X-Forwarded-For` header."""
    peer = _parse(remote_addr)
    if peer is None:
        return UNKNOWN
    if not _trusted(peer, networks):
        # Not from one of our proxies: whatever it says it forwards is not believed.
        return peer.compressed
    hops = [hop for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            # A trusted proxy always appends a real address; garbage here is the client's own.
            return UNKNOWN
        if not _trusted(address, networks):
            return address.compressed
    # Every hop is a trusted proxy (a health check from the load balancer, a local tool).
    return (_parse(hops[0]) if hops else peer).compressed


def client_address(request) -> str:
    """The address of the client that sent `request` (worked out once per request)."""
    cached = getattr(request, REQUEST_ATTRIBUTE, None)
    if cached is None:
        meta = request.META
        cached = resolve(meta.get("REMOTE_ADDR", ""), meta.get("HTTP_X_FORWARDED_FOR", ""), trusted_networks())
        try:
            setattr(request, REQUEST_ATTRIBUTE, cached)
        except AttributeError:  # a stand-in request object that takes no attributes
            pass
    return cached


class ClientAddressMiddleware:
    """Resolves the client address at the start of every request (logs and limits use it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        client_address(request)
        return self.get_response(request)

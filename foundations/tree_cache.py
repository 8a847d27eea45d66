"""Versioned caching of what is derived from the published page tree and the site set-up.

Two scopes, each with a version that is part of every key:
* `TREE`: menus, page lists, routes; bumped when pages are published, unpublished, moved or deleted.
* `SETUP`: sites, locales, view restrictions; bumped when those change, and on moves and deletes
  (which change tree paths).

Entries also expire after NAVIGATION_CACHE_SECONDS, so that processes that do not share a cache
catch up within seconds. Within a request, versions are read once; read-only values are also kept
in process memory in front of the cache.
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache

TREE = "tree"
SETUP = "setup"

_request_memo: ContextVar[dict | None] = ContextVar("kommunportal_tree_cache_memo", default=None)
# Process memory in front of the cache for read-only values: key -> (value, expiry).
_process_memo: dict[str, tuple[object, float]] = {}
_PROCESS_MEMO_LIMIT = 10_000


def _version_key(scope: str) -> str:
    return f"kommunportal:{scope}:version"


def _lifetime() -> int:
    return settings.NAVIGATION_CACHE_SECONDS


@contextmanager
def request_scope():
    """Read each version once per request (entered by `CachedSiteMiddleware`)."""
    token = _request_memo.set({})
    try:
        yield
    finally:
        _request_memo.reset(token)


def version(scope: str = TREE) -> int:
    key = _version_key(scope)
    memo = _request_memo.get()
    if memo is not None and key in memo:
        return memo[key]
    value = cache.get(key)
    if value is None:
        value = time.time_ns()
        cache.set(key, value, None)
    if memo is not None:
        memo[key] = value
    return value


def invalidate(*scopes: str) -> None:
    for scope in scopes or (TREE, SETUP):
        cache.set(_version_key(scope), time.time_ns(), None)
    _process_memo.clear()
    memo = _request_memo.get()
    if memo is not None:
        memo.clear()


def cached(name: str, build, *, scope: str = TREE, shared: bool = True):
    """`build()`'s result, cached until the scope's next change.

    With `shared`, the value is handed to every request of this process as is, so it must be
    read-only plain data. Model instances use `shared=False`: each request unpickles its own copy.
    """
    key = f"kommunportal:{scope}:{version(scope)}:{name}"
    now = time.monotonic()
    if shared:
        hit = _process_memo.get(key)
        if hit is not None and hit[1] > now:
            return hit[0]
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, _lifetime())
    if shared:
        if len(_process_memo) >= _PROCESS_MEMO_LIMIT:
            _process_memo.clear()
        _process_memo[key] = (value, now + _lifetime())
    return value

"""The shared cache of the app servers (Redis), made to degrade instead of fail.

Everything the site keeps in the cache can be recomputed: navigation, page fragments, rate-limit
counters. So when Redis does not answer, a read is a miss, a write is dropped and a counter
starts again, and the site goes on serving from PostgreSQL (slower) instead of answering 500.
Each failure is logged; the readiness endpoint reports the cache as down.
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

_UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)


def _degrades(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapped(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except _UNAVAILABLE as error:
                logger.warning("Cache unavailable in %s: %s", method.__name__, type(error).__name__)
                return default(*args, **kwargs) if callable(default) else default

        return wrapped

    return decorate


def _get_default(key, default=None, *args, **kwargs):
    return default


def _incr_default(key, delta=1, *args, **kwargs):
    # A counter that cannot be read starts again: rate limits let the request through.
    return delta


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, with Redis outages turned into cache misses."""

    get = _degrades(_get_default)(RedisCache.get)
    set = _degrades(None)(RedisCache.set)
    add = _degrades(True)(RedisCache.add)
    touch = _degrades(False)(RedisCache.touch)
    delete = _degrades(False)(RedisCache.delete)
    incr = _degrades(_incr_default)(RedisCache.incr)
    get_many = _degrades({})(RedisCache.get_many)
    set_many = _degrades(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    delete_many = _degrades(None)(RedisCache.delete_many)
    has_key = _degrades(False)(RedisCache.has_key)
    clear = _degrades(None)(RedisCache.clear)

"""Test settings: fast password hashing, in-memory e-mail, static files without collectstatic."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
ALLOWED_HOSTS = ["*"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A third-party e-service app that exists only for the tests (tests/example_eservice).
INSTALLED_APPS = [*INSTALLED_APPS, "tests.example_eservice"]  # noqa: F405
# No request leaves the machine in tests: the map runs without tiles.
MAP_TILE_URL = ""
# The suite's own process keeps a private in-memory cache, emptied for every test. The served
# site of the browser tests sets TEST_SHARED_CACHE and uses Redis (REDIS_URL) as in production.
if not env_bool("TEST_SHARED_CACHE", False):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "tests",
            "OPTIONS": {"MAX_ENTRIES": 10_000},  # as base: 300 would evict warm fragments mid-test
        }
    }

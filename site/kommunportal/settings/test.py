"""Test settings: fast password hashing, in-memory e-mail, static files without collectstatic."""

from .base import *  # noqa: F403

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

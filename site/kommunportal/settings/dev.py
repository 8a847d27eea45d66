"""Local development: the embedded default (SQLite, database search, console e-mail)."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
#: These are the development settings (not read from the environment: production's never are).
DEVELOPMENT_SETTINGS = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve static files straight from the app folders, no collectstatic needed, with DEBUG on or
# off (`make run` turns it off), and pick up changed files without a restart.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)
# Sign in as a test person at /logga-in/ without e-identification (docs/sign-in.md).
CITIZEN_DEVELOPMENT_SIGN_IN = env_bool("CITIZEN_DEVELOPMENT_SIGN_IN", True)

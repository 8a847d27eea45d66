from django.apps import AppConfig


class FoundationsConfig(AppConfig):
    """Shared foundations (see the package's docstring); an app for its checks and templates."""

    name = "foundations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The system checks, and the log of failed and locked staff sign-ins (signal receivers).
        from . import checks, staff_lockout  # noqa: F401

from django.apps import AppConfig


class FoundationsConfig(AppConfig):
    """Shared foundations (see the package's docstring); an app for its checks and templates."""

    name = "foundations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks

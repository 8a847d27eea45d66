from django.apps import AppConfig


class FrontendConfig(AppConfig):
    """Templates, static files and template tags of the server-rendered citizen site."""

    name = "frontend"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks

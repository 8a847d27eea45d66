from django.apps import AppConfig


class FrontendConfig(AppConfig):
    """Templates, static files and template tags of the server-rendered citizen site."""

    name = "frontend"

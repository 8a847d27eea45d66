"""System checks of the site search's settings."""

from django.conf import settings
from django.core.checks import Error, register

from .backends.registry import AUTO, registry


@register()
def search_backend_is_installed(app_configs, **kwargs):
    chosen = getattr(settings, "SEARCH_BACKEND", AUTO)
    if chosen == AUTO or chosen in registry:
        return []
    known = ", ".join([AUTO, *(backend.id for backend in registry)])
    return [
        Error(
            f"SEARCH_BACKEND is {chosen!r}, which is no installed search backend.",
            hint=f"Set SEARCH_BACKEND to one of: {known}.",
            id="search.E001",
        )
    ]

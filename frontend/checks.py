"""A frontend cache in front of several processes needs the shared cache: a process that still
holds the old navigation after a purge would put the old page straight back into Varnish."""

from django.conf import settings
from django.core.checks import Warning, register


@register()
def frontend_cache_needs_shared_cache(app_configs, **kwargs):
    if settings.FRONTEND_CACHE_URLS and not settings.REDIS_URL:
        return [
            Warning(
                "FRONTEND_CACHE_URLS is set but REDIS_URL is not.",
                hint="With several app processes, set REDIS_URL so that a publish is seen by all of "
                "them before the frontend cache refills (docs/deploy.md).",
                id="frontend.W001",
            )
        ]
    return []

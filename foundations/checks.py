"""System checks of the foundations' settings."""

import ipaddress

from django.conf import settings
from django.core.checks import Error, register


@register()
def trusted_proxies_are_networks(app_configs, **kwargs):
    errors = []
    for entry in getattr(settings, "TRUSTED_PROXIES", ()):
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            errors.append(
                Error(
                    f"TRUSTED_PROXIES holds {entry!r}, which is neither an address nor a network.",
                    hint="List the proxies in front of the app servers, e.g. 10.0.0.5,10.0.1.0/24.",
                    id="foundations.E001",
                )
            )
    return errors

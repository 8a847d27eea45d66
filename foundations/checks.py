"""System checks of the foundations' settings."""

import ipaddress

from django.conf import settings
from django.core.checks import Error, Info, register
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.module_loading import import_string

from .plugins import belongs_to, discovery_modules, installed_plugins, outside_apps


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


@register()
def outside_plugins_are_installed(app_configs, **kwargs):
    """Each outside plugin app (settings/plugins.py) is listed, or says why it does nothing."""
    messages = []
    plugins = installed_plugins()
    for declared in outside_apps():
        app, source = declared["app"], declared["source"]
        if declared["problem"]:
            messages.append(
                Error(
                    f"The plugin app {app!r} named by {source} cannot be imported ({declared['problem']}), "
                    "so it is not installed.",
                    hint="Install its package in this Python environment (pip install), or remove the name.",
                    id="foundations.E002",
                )
            )
            continue
        own = [plugin for plugin in plugins if belongs_to(plugin.app, app)]
        if not own:
            modules = ", ".join(f"{name}.py" for name in discovery_modules())
            messages.append(
                Error(
                    f"The plugin app {app!r} (from {source}) registers no plugin: none of its modules "
                    f"{modules} registers one with its kind's registry.",
                    hint="Register the plugin in one of those modules with the registry's decorator "
                    "(docs/plugins/README.md), or remove the app.",
                    id="foundations.E003",
                )
            )
            continue
        listed = "; ".join(f"{plugin.kind}: {plugin.id}" for plugin in own)
        messages.append(Info(f"Outside plugin app {app!r} from {source}: {listed}.", id="foundations.I001"))
    return messages


@register()
def csrf_protection_is_on(app_configs, **kwargs):
    """Django's own deploy check (security.W003) knows only its class by name; ours is a subclass
    (foundations.csrf.OriginCsrfViewMiddleware), so this check stands in for it."""
    for path in settings.MIDDLEWARE:
        try:
            middleware = import_string(path)
        except ImportError:
            continue
        if isinstance(middleware, type) and issubclass(middleware, CsrfViewMiddleware):
            return []
    return [
        Error(
            "No CSRF protection: no middleware in MIDDLEWARE is Django's CsrfViewMiddleware or a subclass of it.",
            hint="Add 'foundations.csrf.OriginCsrfViewMiddleware' after the session and common middleware.",
            id="foundations.E004",
        )
    ]

"""Which plugins are installed, of every kind, and where each came from: the core's own apps or an
outside package (switched on by an entry point or KOMMUNPORTAL_PLUGINS, see settings/plugins.py).

Read by the `plugins` command and the system checks of outside plugins. The registries are named
by the setting PLUGIN_REGISTRIES (kind -> dotted path), so the foundations import no feature app.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class InstalledPlugin:
    """One registered plugin: its kind ("e-service types"), id, label, app and source."""

    kind: str
    id: str
    label: str
    app: str
    #: "core", or where an outside app was named ("the setting KOMMUNPORTAL_PLUGINS").
    source: str


def registries() -> dict:
    """The plugin registries by kind."""
    return {kind: import_string(path) for kind, path in getattr(settings, "PLUGIN_REGISTRIES", {}).items()}


def outside_apps() -> list[dict]:
    """The outside apps declared: `app`, `source` and `problem` ("" when it is installed)."""
    return list(getattr(settings, "OUTSIDE_PLUGINS", []))


def belongs_to(app_name: str, declared_path: str) -> bool:
    """Whether a declared app path ("pkg" or "pkg.apps.PkgConfig") names the app `app_name`."""
    return declared_path == app_name or declared_path.startswith(f"{app_name}.")


def source_of(app_name: str) -> str:
    for declared in outside_apps():
        if not declared["problem"] and belongs_to(app_name, declared["app"]):
            return declared["source"]
    return "core"


def installed_plugins() -> list[InstalledPlugin]:
    """Every registered plugin of every kind, in the registries' order."""
    found = []
    for kind, registry in registries().items():
        for plugin in registry:
            module = type(plugin).__module__
            config = apps.get_containing_app_config(module)
            app_name = config.name if config else module
            label = str(getattr(plugin, "label", "") or plugin.id)
            found.append(InstalledPlugin(kind, plugin.id, label, app_name, source_of(app_name)))
    return found


def discovery_modules() -> list[str]:
    """The module names apps provide plugins in (`eservices.py`, `handover_backends.py`, ...)."""
    return sorted({registry.discovery_module for registry in registries().values() if registry.discovery_module})

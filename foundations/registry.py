"""One generic plugin registry: register by decorator, look up by a stable id, discover per app.

A registry is made once per plugin kind (e-service types, identity providers, search backends)
as a module-level instance. Apps provide plugins in a discovery module (`eservices.py`,
`identity_providers.py`, ...) found the way Wagtail finds `wagtail_hooks.py`, so listing an app
in INSTALLED_APPS switches its plugins on.
"""

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules

Plugin = TypeVar("Plugin")


class Registry(Generic[Plugin]):
    """Maps plugin ids to plugin instances of one kind."""

    def __init__(self, kind: str, *, discovery_module: str = "", built_in: Callable[[], object] | None = None):
        #: What the plugins are, for messages ("e-service type").
        self.kind = kind
        self.discovery_module = discovery_module
        # Imports the built-in plugins on first use (they register themselves).
        self._built_in = built_in
        self._plugins: dict[str, Plugin] = {}
        self._discovered = False

    def __call__(self, plugin_class: type[Plugin]) -> type[Plugin]:
        """Use as a class decorator: `@registry`."""
        self.register(plugin_class())
        return plugin_class

    def register(self, plugin: Plugin) -> None:
        plugin_id = getattr(plugin, "id", "")
        if not plugin_id or not plugin_id.replace("_", "").isalnum():
            raise ImproperlyConfigured(f"{type(plugin).__name__} needs an id of letters, digits and _")
        known = self._plugins.get(plugin_id)
        if known is not None and type(known) is not type(plugin):
            raise ImproperlyConfigured(f"Two {self.kind} plugins use the id {plugin_id!r}")
        self._plugins[plugin_id] = plugin

    def unregister(self, plugin_id: str) -> None:
        self._plugins.pop(plugin_id, None)

    def autodiscover(self) -> None:
        if self._discovered:
            return
        self._discovered = True
        if self._built_in is not None:
            self._built_in()
        if self.discovery_module:
            autodiscover_modules(self.discovery_module)

    def get(self, plugin_id: str) -> Plugin:
        self.autodiscover()
        try:
            return self._plugins[plugin_id]
        except KeyError:
            raise LookupError(f"No {self.kind} plugin {plugin_id!r} is installed") from None

    def __iter__(self) -> Iterator[Plugin]:
        self.autodiscover()
        return iter(sorted(self._plugins.values(), key=lambda plugin: plugin.id))

    def __contains__(self, plugin_id: str) -> bool:
        self.autodiscover()
        return plugin_id in self._plugins

    def __len__(self) -> int:
        self.autodiscover()
        return len(self._plugins)

    def choices(self) -> list[tuple[str, str]]:
        return [(plugin.id, getattr(plugin, "label", plugin.id)) for plugin in self]

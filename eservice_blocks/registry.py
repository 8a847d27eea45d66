"""The registry of e-service plugins: register by decorator, look up by id, discover per app."""

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules

from .base import EServicePlugin

DISCOVERY_MODULE = "eservices"


class Registry:
    """Maps plugin ids to plugin instances.

    Apps provide plugins in an `eservices.py` module, found the way Wagtail finds
    `wagtail_hooks.py`; listing the app in INSTALLED_APPS switches its plugins on.
    """

    def __init__(self):
        self._plugins: dict[str, EServicePlugin] = {}
        self._discovered = False

    def __call__(self, plugin_class: type[EServicePlugin]) -> type[EServicePlugin]:
        """Use as a class decorator: `@registry`."""
        self.register(plugin_class())
        return plugin_class

    def register(self, plugin: EServicePlugin) -> None:
        if not plugin.id or not plugin.id.replace("_", "").isalnum():
            raise ImproperlyConfigured(f"{type(plugin).__name__} needs an id of letters, digits and _")
        if plugin.id in self._plugins and type(self._plugins[plugin.id]) is not type(plugin):
            raise ImproperlyConfigured(f"Two e-service plugins use the id {plugin.id!r}")
        self._plugins[plugin.id] = plugin

    def autodiscover(self) -> None:
        if not self._discovered:
            self._discovered = True
            autodiscover_modules(DISCOVERY_MODULE)

    def get(self, plugin_id: str) -> EServicePlugin:
        self.autodiscover()
        try:
            return self._plugins[plugin_id]
        except KeyError:
            raise LookupError(f"No e-service plugin {plugin_id!r} is installed") from None

    def __iter__(self):
        self.autodiscover()
        return iter(sorted(self._plugins.values(), key=lambda plugin: plugin.id))

    def __contains__(self, plugin_id: str) -> bool:
        self.autodiscover()
        return plugin_id in self._plugins

    def choices(self) -> list[tuple[str, str]]:
        return [(plugin.id, plugin.label) for plugin in self]

    def stream_blocks(self) -> list[tuple[str, object]]:
        """`(name, block)` pairs for every plugin, to offer in page bodies."""
        return [(block_name(plugin.id), plugin.get_block()) for plugin in self]


def block_name(plugin_id: str) -> str:
    return f"eservice_{plugin_id}"


registry = Registry()

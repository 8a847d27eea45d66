"""The registry of e-service types: register by decorator, look up by id, discover per app.

Apps provide plugins in an `eservices.py` module; listing the app in INSTALLED_APPS switches
its plugins on.
"""

from foundations.registry import Registry

from .base import EServicePlugin

DISCOVERY_MODULE = "eservices"


class EServiceRegistry(Registry[EServicePlugin]):
    def __init__(self):
        super().__init__("e-service type", discovery_module=DISCOVERY_MODULE)

    def stream_blocks(self) -> list[tuple[str, object]]:
        """`(name, block)` pairs for every plugin, to offer in page bodies."""
        return [(block_name(plugin.id), plugin.get_block()) for plugin in self]


def block_name(plugin_id: str) -> str:
    return f"eservice_{plugin_id}"


registry = EServiceRegistry()

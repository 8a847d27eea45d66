"""The registry of hand-over backends. Apps provide them in a `handover_backends.py` module (or
register them when their app is ready); listing the app in INSTALLED_APPS switches them on."""

from foundations.registry import Registry

from .base import HandoverBackend

DISCOVERY_MODULE = "handover_backends"


class HandoverRegistry(Registry[HandoverBackend]):
    def __init__(self):
        super().__init__("hand-over backend", discovery_module=DISCOVERY_MODULE)

    def stream_blocks(self) -> list[tuple[str, object]]:
        return [(backend.id, backend.settings_block()) for backend in self]


registry = HandoverRegistry()

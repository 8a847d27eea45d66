"""The OpenSearch backend: the shared engine index (`engine_index`, `engines`) reached with the
official `opensearch-py` client. Tested against a real OpenSearch node
(deploy/local-search-engine.sh) in `make test`.

Configured by `OPENSEARCH_URL` and `OPENSEARCH_INDEX_PREFIX`; chosen with
`SEARCH_BACKEND=opensearch`.
"""

import importlib.machinery
import importlib.util
import sys
import sysconfig

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .engines import EngineBackend
from .registry import registry


def client_library():
    """`opensearchpy`, imported once. It imports the `Events` package as `events`, the name of
    our events app: the package is lent that name while opensearchpy is imported."""
    if "opensearchpy" in sys.modules:
        return sys.modules["opensearchpy"]
    ours = {name: module for name, module in sys.modules.items() if name == "events" or name.startswith("events.")}
    spec = importlib.machinery.PathFinder.find_spec("events", [sysconfig.get_paths()["purelib"]])
    if spec is None or spec.loader is None:
        raise ImportError("opensearch-py needs the Events package (pip install -r requirements.txt)")
    package = importlib.util.module_from_spec(spec)
    for name in ours:
        del sys.modules[name]
    sys.modules["events"] = package
    try:
        spec.loader.exec_module(package)
        import opensearchpy
    finally:
        for name in [name for name in sys.modules if name == "events" or name.startswith("events.")]:
            del sys.modules[name]
        sys.modules.update(ours)
    return opensearchpy


@registry
class OpenSearchBackend(EngineBackend):
    id = "opensearch"
    label = _("OpenSearch")

    def make_client(self, timeout=None):
        return client_library().OpenSearch(
            hosts=[settings.OPENSEARCH_URL], timeout=timeout or settings.SEARCH_ENGINE_TIMEOUT
        )

    def bulk(self, client, actions, refresh) -> None:
        if actions:
            client_library().helpers.bulk(client, actions, refresh=refresh)

    def index_prefix(self) -> str:
        return settings.OPENSEARCH_INDEX_PREFIX

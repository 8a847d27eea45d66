"""Outside plugins (docs/plugins/README.md), read by base.py: apps of installed packages that
declare an entry point in the group `kommunportal.plugins`, and apps named in the environment
setting KOMMUNPORTAL_PLUGINS (comma-separated). They are added to INSTALLED_APPS after the core's
apps, so a municipality switches a plugin on without editing the core.

An app that cannot be found is left out of INSTALLED_APPS (the site still starts) and the system
check `foundations.E002` says why.
"""

from importlib import metadata
from importlib.util import find_spec

from kommunportal.env import env_list

#: The entry point group an outside package names its Django app in: `name = "package.path"`.
ENTRY_POINT_GROUP = "kommunportal.plugins"
#: The environment setting that names more outside apps.
ENVIRONMENT_SETTING = "KOMMUNPORTAL_PLUGINS"


def importable(app_path: str) -> str:
    """Why the app cannot be imported, or "" when it can (found without importing it yet)."""
    try:
        found = find_spec(app_path)
    except (ImportError, ValueError) as error:
        return str(error)
    return "" if found is not None else f"No module named {app_path!r}"


def declared_plugins() -> list[dict]:
    """Each outside app once: its path, where it was named, and why it cannot be imported ("")."""
    plugins: dict[str, dict] = {}
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        distribution = entry_point.dist.name if entry_point.dist else "?"
        source = f"entry point {entry_point.name!r} of the package {distribution}"
        plugins.setdefault(entry_point.value.strip(), {"source": source})
    for app_path in env_list(ENVIRONMENT_SETTING):
        plugins.setdefault(app_path, {"source": f"the setting {ENVIRONMENT_SETTING}"})
    return [{"app": app, **details, "problem": importable(app)} for app, details in plugins.items()]


#: Every outside app declared, with its source and problem ("" when it is installed).
OUTSIDE_PLUGINS = declared_plugins()
#: The outside apps added to INSTALLED_APPS.
OUTSIDE_PLUGIN_APPS = [plugin["app"] for plugin in OUTSIDE_PLUGINS if not plugin["problem"]]
#: The plugin registries, by kind, that the `plugins` command and the system checks list (the site
#: package knows every app; the foundations read this instead of importing feature apps).
PLUGIN_REGISTRIES = {
    "e-service types": "eservice_blocks.registry.registry",
    "application question kinds": "eservice_types.application.questions.registry.registry",
    "hand-over backends": "handover.registry.registry",
    "identity providers": "citizens.providers.registry.registry",
    "search backends": "search.backends.registry.registry",
}

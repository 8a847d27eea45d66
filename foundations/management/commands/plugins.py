"""`manage.py plugins`: the installed plugins of every kind, and where each came from."""

from django.core.management.base import BaseCommand

from foundations.plugins import installed_plugins, outside_apps, registries


class Command(BaseCommand):
    help = "List the installed plugins per kind (e-service types, hand-over backends, ...) and where they come from."

    def handle(self, *args, **options):
        plugins = installed_plugins()
        for kind in registries():
            self.stdout.write(self.style.MIGRATE_HEADING(f"{kind.capitalize()}:"))
            own = [plugin for plugin in plugins if plugin.kind == kind]
            for plugin in own:
                self.stdout.write(f"  {plugin.id:<24} {plugin.label} (app {plugin.app}, from {plugin.source})")
            if not own:
                self.stdout.write("  (none)")
        broken = [declared for declared in outside_apps() if declared["problem"]]
        for declared in broken:
            self.stdout.write(
                self.style.ERROR(f"Not installed: {declared['app']} from {declared['source']}: {declared['problem']}")
            )

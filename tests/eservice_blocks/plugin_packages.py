"""Install a plugin package as a municipality would, and run its own tests from its folder.

The package is copied (building writes into its folder), its catalogues compiled, and it is
installed with pip into a folder of its own that the test's process puts on its path, so the
suite's environment stays as it was and nothing needs uninstalling.
"""

import os
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

PYTHON_BIN = Path(sys.executable).parent


def install(source: Path, workspace: Path) -> tuple[Path, Path]:
    """The package's copy (to run its tests in) and the folder it is installed in."""
    package, target = workspace / source.name, workspace / "installed"
    shutil.copytree(source, package, ignore=shutil.ignore_patterns("*.mo", "__pycache__", "build", "*.egg-info"))
    call_command("compile_translations", package=str(package), stdout=StringIO())
    pip = [str(PYTHON_BIN / "pip"), "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-compile"]
    subprocess.run([*pip, "--target", str(target), str(package)], check=True, capture_output=True, timeout=120)
    return package, target


def run_tests(package: Path, target: Path, **environment) -> subprocess.CompletedProcess:
    """Its tests, run from its folder with pytest against this Kommunportal (SQLite in memory)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "DJANGO_SETTINGS"))}
    env.pop("DATABASE_URL", None)
    env["PYTHONPATH"] = os.pathsep.join([str(target), str(Path(settings.BASE_DIR) / "site")])
    env.update(environment)
    return subprocess.run(
        [str(PYTHON_BIN / "pytest"), "-q", "-p", "no:cacheprovider", "-p", "no:xdist"],
        cwd=package,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

"""The worked example of docs/plugins/example, a pip package, installs and passes its own tests."""

from pathlib import Path

from django.conf import settings

from tests.eservice_blocks.plugin_packages import install, run_tests

EXAMPLE = Path(settings.BASE_DIR) / "docs" / "plugins" / "example"


def test_the_example_package_installs_switches_itself_on_and_passes_its_own_tests(tmp_path):
    package, target = install(EXAMPLE, tmp_path)
    assert (target / "parkeringstillstand" / "locale" / "sv" / "LC_MESSAGES" / "django.mo").exists()

    result = run_tests(package, target)

    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout

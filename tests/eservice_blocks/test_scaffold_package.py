"""`start_eservice NAME --directory DIR` makes a package that installs, switches itself on and
passes the tests it was generated with, run from its own folder."""

import io

from django.core.management import call_command

from tests.eservice_blocks.plugin_packages import install, run_tests


def test_a_scaffolded_package_installs_and_its_generated_tests_pass(tmp_path):
    call_command(
        "start_eservice",
        "parking_permit",
        title="Parkeringstillstånd",
        directory=str(tmp_path / "source" / "parking_permit"),
        stdout=io.StringIO(),
    )
    source = tmp_path / "source" / "parking_permit"
    assert not (source / "parking_permit_tests" / "__init__.py").exists()
    assert 'parking_permit = "parking_permit"' in (source / "pyproject.toml").read_text()

    package, target = install(source, tmp_path)
    result = run_tests(package, target)

    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "3 passed" in result.stdout


def test_a_package_named_only_in_kommunportal_plugins_is_switched_on(tmp_path):
    call_command("start_eservice", "tip", directory=str(tmp_path / "source" / "tip"), stdout=io.StringIO())
    package, target = install(tmp_path / "source" / "tip", tmp_path)
    for entry_points in target.glob("*.dist-info/entry_points.txt"):
        entry_points.unlink()  # no entry point: only the setting names the app

    switched_off = run_tests(package, target, KOMMUNPORTAL_PLUGINS="")
    result = run_tests(package, target, KOMMUNPORTAL_PLUGINS="tip")

    assert switched_off.returncode != 0 and "No e-service type plugin 'tip'" in switched_off.stdout
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]

import importlib
import io
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from eservice_blocks import registry as registry_module
from foundations.registry import Registry


@pytest.fixture
def scaffold_root(tmp_path, monkeypatch):
    """A package root on the import path and a fresh registry, so nothing leaks into other tests."""
    (tmp_path / "scaffolded").mkdir()
    (tmp_path / "scaffolded" / "__init__.py").touch()
    monkeypatch.syspath_prepend(str(tmp_path))
    fresh = Registry("e-service type")
    monkeypatch.setattr(registry_module, "registry", fresh)
    yield tmp_path
    for name in [name for name in sys.modules if name.startswith(("scaffolded", "test_parking_permit"))]:
        del sys.modules[name]


def test_a_scaffolded_eservice_works_as_generated(scaffold_root):
    call_command(
        "start_eservice",
        "parking_permit",
        title="Parkeringstillstånd",
        package="scaffolded.parking_permit",
        app_directory=str(scaffold_root / "scaffolded" / "parking_permit"),
        tests_directory=str(scaffold_root / "generated_tests"),
        stdout=io.StringIO(),
    )

    sys.path.insert(0, str(scaffold_root / "generated_tests"))
    try:
        generated = importlib.import_module("test_parking_permit")
    finally:
        sys.path.remove(str(scaffold_root / "generated_tests"))
    tests = [getattr(generated, name) for name in dir(generated) if name.startswith("test_")]
    assert len(tests) == 3
    for test in tests:
        test()
    apps = importlib.import_module("scaffolded.parking_permit.apps")
    assert apps.ParkingPermitConfig.name == "scaffolded.parking_permit"


def test_the_scaffold_refuses_an_id_that_is_not_an_identifier(tmp_path):
    with pytest.raises(CommandError):
        call_command("start_eservice", "Parking-Permit", directory=str(tmp_path / "x"), stdout=io.StringIO())

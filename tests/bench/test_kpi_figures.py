"""The figures benchmark at a tiny size, so that a schema change that breaks it fails here and
not on the day someone needs its figures (it inserts with PostgreSQL's generate_series)."""

import importlib.util
from pathlib import Path

import pytest
from django.db import connection

from eservice_blocks.cases.models import Case
from feedback.models import Feedback
from kpis import figures
from tests.conftest import service_missing
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db
SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "kpi_figures.py"


def load_benchmark():
    spec = importlib.util.spec_from_file_location("kpi_figures", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_figures_benchmark_inserts_its_history_and_times_every_figure():
    if connection.vendor != "postgresql":
        service_missing("PostgreSQL: the benchmark inserts with generate_series")
    DepartmentFactory.create_batch(3)
    cases_before, answers_before = Case.objects.count(), Feedback.objects.count()

    result = load_benchmark().time_figures(rows=400, runs=1)

    assert Case.objects.count() == cases_before + 400
    assert Feedback.objects.count() == answers_before + 400
    assert set(result["median_ms"]) == {
        "self_service",
        "satisfaction_by_department",
        "satisfaction_by_service",
        "lead_times_by_service",
        "lead_times_by_department",
        "weekly_trend",
        "oldest_open_cases",
    }
    # Types only the benchmark uses (the demo, when loaded on this worker, has the others):
    # decided 1 to 30 days after they came in.
    lead = {row.key: row for row in figures.lead_times(figures.period(365), "service_type")}
    assert {"parking", "care", "school", "permit"} <= set(lead)
    assert all(1 <= lead[key].value <= 30 for key in ("parking", "care", "school", "permit"))

"""Time the channel-strategy figures on a large history: inserts ROWS cases and ROWS feedback
answers (spread over a year, eight e-service types, every department) with PostgreSQL's
generate_series, then runs each figure of the dashboard RUNS times and prints the median
time per figure as JSON. Needs DATABASE_URL (PostgreSQL) with the demo content loaded."""

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")

SERVICE_TYPES = ["contact", "booking", "application", "problem_report", "permit", "parking", "school", "care"]


def insert_like(model, template, overrides: dict[str, str], rows: int, params: dict) -> None:
    """Insert `rows` copies of the `template` row of `model` with generate_series, each column
    taken from the template unless `overrides` gives an SQL expression of `i` for it. Columns
    added to the model later come from the template too, so the benchmark does not rot."""
    from django.db import connection

    columns = [f.column for f in model._meta.concrete_fields if not f.primary_key]
    unknown = set(overrides) - set(columns)
    assert not unknown, f"no such columns: {unknown}"
    values = [overrides.get(column, f't."{column}"') for column in columns]
    table = model._meta.db_table
    with connection.cursor() as cursor:
        # Table and column names come from the model, the expressions from this file.
        cursor.execute(
            f"""INSERT INTO {table} ({", ".join(f'"{c}"' for c in columns)})
            SELECT {", ".join(values)}
            FROM generate_series(1, %(rows)s) AS i, {table} AS t WHERE t.id = %(template)s""",  # noqa: S608
            {**params, "rows": rows, "template": template.pk},
        )
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [template.pk])  # noqa: S608
        cursor.execute(f"ANALYZE {table}")


def insert_history(rows: int) -> None:
    from departments.models import Department
    from eservice_blocks.cases.models import Case
    from feedback.models import Feedback

    departments = list(Department.objects.values_list("pk", flat=True))
    params = {"types": SERVICE_TYPES, "depts": departments, "count": len(departments)}
    department = Department.objects.get(pk=departments[0])
    case = Case.objects.create(
        access_token_hash="bench-template",  # noqa: S106 - not a secret
        service_type="contact", service_title="Bench", subject="Bench",
        department=department, language="sv",
    )  # fmt: skip
    received = "now() - (i %% 365) * interval '1 day' - (i %% 1440) * interval '1 minute'"
    insert_like(
        Case,
        case,
        {
            "reference": "NULL",
            "access_token_hash": "md5('bench' || i)",
            "service_type": "(%(types)s::text[])[1 + i %% 8]",
            "department_id": "(%(depts)s::bigint[])[1 + i %% %(count)s]",
            "status": "CASE WHEN i %% 5 = 0 THEN 'received' ELSE 'decided' END",
            "received_at": received,
            "decided_at": (
                "CASE WHEN i %% 5 = 0 THEN NULL "
                "ELSE now() - (i %% 365) * interval '1 day' + (1 + i %% 30) * interval '1 day' END"
            ),
        },
        rows,
        params,
    )
    answer = Feedback.objects.create(source="page", department=department, helpful=True, language="sv")
    insert_like(
        Feedback,
        answer,
        {
            "service_type": "(%(types)s::text[])[1 + i %% 8]",
            "department_id": "(%(depts)s::bigint[])[1 + i %% %(count)s]",
            "helpful": "i %% 10 < 7",
            "created_at": "now() - (i %% 365) * interval '1 day'",
        },
        rows,
        params,
    )


def time_figures(rows: int, runs: int) -> dict:
    """Insert the history, then the median milliseconds of each figure over `runs` runs."""
    from kpis import figures

    started = time.monotonic()
    insert_history(rows)
    inserted = time.monotonic() - started
    since = figures.period(365)
    checks = {
        "self_service": lambda: figures.self_service(since),
        "satisfaction_by_department": lambda: figures.satisfaction(since, "department"),
        "satisfaction_by_service": lambda: figures.satisfaction(since, "service_type"),
        "lead_times_by_service": lambda: figures.lead_times(since, "service_type"),
        "lead_times_by_department": lambda: figures.lead_times(since, "department"),
        "weekly_trend": lambda: figures.weekly_trend(since),
        "oldest_open_cases": lambda: figures.oldest_open_cases(10),
    }
    timings = {}
    for name, compute in checks.items():
        durations = []
        for _ in range(runs):
            begin = time.monotonic()
            compute()
            durations.append(time.monotonic() - begin)
        timings[name] = round(statistics.median(durations) * 1000, 1)
    return {"rows": rows, "insert_seconds": round(inserted, 1), "median_ms": timings}


def main(rows: int, runs: int) -> None:
    import django

    django.setup()
    print(json.dumps(time_figures(rows, runs)))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))

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


def insert_history(rows: int) -> None:
    from django.db import connection

    from departments.models import Department

    departments = list(Department.objects.values_list("pk", flat=True))
    params = {"types": SERVICE_TYPES, "depts": departments, "count": len(departments), "rows": rows}
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO eservice_blocks_case (
                access_token_hash, service_type, service_title, subject, department_id, block_id, status,
                language, expected_lead_time_days, confirmation_text, answers, data, contact_name,
                contact_email, received_at, decided_at, closed_at, retention_days)
            SELECT md5('bench' || i), (%(types)s::text[])[1 + i %% 8], 'Bench', 'Bench',
                   (%(depts)s::bigint[])[1 + i %% %(count)s],
                   '', CASE WHEN i %% 5 = 0 THEN 'received' ELSE 'decided' END, 'sv', 10, '', '[]', '{}', '',
                   '', now() - (i %% 365) * interval '1 day' - (i %% 1440) * interval '1 minute',
                   CASE WHEN i %% 5 = 0 THEN NULL
                        ELSE now() - (i %% 365) * interval '1 day' + (1 + i %% 30) * interval '1 day' END,
                   NULL, 365
            FROM generate_series(1, %(rows)s) AS i
            """,
            params,
        )
        cursor.execute(
            """
            INSERT INTO feedback_feedback (
                source, target, service_type, department_id, helpful, comment, comment_was_masked, email,
                language, status, internal_note, reply, created_at)
            SELECT 'page', '', (%(types)s::text[])[1 + i %% 8], (%(depts)s::bigint[])[1 + i %% %(count)s],
                   i %% 10 < 7,
                   '', false, '', 'sv', 'new', '', '', now() - (i %% 365) * interval '1 day'
            FROM generate_series(1, %(rows)s) AS i
            """,
            params,
        )
        cursor.execute("ANALYZE eservice_blocks_case; ANALYZE feedback_feedback;")


def main(rows: int, runs: int) -> None:
    import django

    django.setup()
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
    print(json.dumps({"rows": rows, "insert_seconds": round(inserted, 1), "median_ms": timings}))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))

"""The served site's API under property-based testing: schemathesis generates requests from the
served OpenAPI schema (valid and invalid ones, and chains that follow links) and checks that no
answer is a server error or breaks the schema, with a real case's token so that the case
endpoints are exercised too."""

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    ]
)


def _json(url, data=None):
    request = urllib.request.Request(url, data=json.dumps(data).encode() if data is not None else None)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def a_case_token(site_url) -> str:
    """Submit the first contact e-service of the demo through the API."""
    for summary in _json(f"{site_url}/api/v1/pages/?type=informationpage&page_size=100")["results"]:
        for block in _json(summary["api_url"]).get("body", []):
            if block["type"] == "eservice_contact":
                submit_url = _json(block["value"]["api_url"])["submit_url"]
                answers = {"subject": "Fråga", "message": "Hej", "answer_by": "email", "email": "fuzz@exempel.se"}
                return _json(submit_url, answers)["access_token"]
    raise AssertionError("The demo has no contact e-service")


def test_schemathesis_finds_no_server_errors_and_no_responses_that_break_the_schema(site_url, tmp_path):
    token = a_case_token(site_url)
    command = [
        str(Path(sys.executable).with_name("st")),
        "run",
        f"{site_url}/api/schema/",
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        CHECKS,
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "50"),
        "--seed",
        os.environ.get("SCHEMATHESIS_SEED", "1"),
        "--workers",
        "2",
        "--no-color",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)

    summary = result.stdout[-6000:]
    assert result.returncode == 0, summary
    # Counts such as "3 failed" or "1 error", not the word in a warning ("Authentication failed"
    # for the way-back API, which needs a case system's OAuth token).
    assert " passed" in summary and not re.search(r"\b\d+ (failed|errors?)\b", summary), summary
    reports = list(tmp_path.glob("*.xml"))
    assert reports, "schemathesis wrote no JUnit report"
    for report in reports:
        assert "<failure" not in report.read_text() and "<error" not in report.read_text(), report.name

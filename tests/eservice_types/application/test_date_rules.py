"""Date questions with the editor's earliest and latest day, counted from the day the citizen
answers, checked on the server with a translated error; the demo preschool asks for a start
at least four months ahead, as its help text says."""

import datetime

import pytest
from django.utils import translation
from django.utils.formats import date_format
from wagtail.blocks import StructBlockValidationError

from eservice_types.application.eservices import ApplicationBlock
from eservice_types.application.forms import StepForm
from eservice_types.application.questions.date import DateFieldBlock, relative_day

from .conftest import block_value, question, step

TODAY = datetime.date(2026, 8, 31)


def date_form(typed: str, **rules):
    value = block_value([step("Ett", question("date", "start", "Önskat startdatum", **rules))])
    questions = list(ApplicationBlock().to_python(value)["steps"][0]["fields"])
    return StepForm({"start": typed}, questions=questions)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)
    return TODAY


@pytest.mark.parametrize(
    ("rule", "day"),
    [
        ({"amount": 4, "unit": "months"}, datetime.date(2026, 12, 31)),
        ({"amount": 6, "unit": "months"}, datetime.date(2027, 2, 28)),  # no 31 February
        ({"amount": -18, "unit": "months"}, datetime.date(2025, 2, 28)),
        ({"amount": 10, "unit": "days"}, datetime.date(2026, 9, 10)),
        ({"amount": 0, "unit": "days"}, TODAY),
        ({"amount": None, "unit": "days"}, None),
        (None, None),
    ],
)
def test_a_rule_names_a_day_counted_from_today(rule, day):
    assert relative_day(rule, TODAY) == day


def test_a_date_before_the_earliest_is_refused_with_the_day_in_the_citizens_language(today, db):
    earliest = {"amount": 4, "unit": "months"}
    with translation.override("sv"):
        form = date_form("2026-12-30", earliest=earliest)
        assert not form.is_valid()
        assert form.errors["start"] == ["Välj 31 december 2026 eller ett senare datum."]
    with translation.override("en"):
        form = date_form("2026-12-30", earliest=earliest)
        assert not form.is_valid()
        assert form.errors["start"] == [f"Choose {date_format(datetime.date(2026, 12, 31), 'j F Y')} or a later date."]
    assert date_form("2026-12-31", earliest=earliest).is_valid()


def test_a_date_after_the_latest_is_refused(today, db):
    latest = {"amount": 30, "unit": "days"}
    with translation.override("sv"):
        form = date_form("2026-10-01", latest=latest)
        assert not form.is_valid()
        assert form.errors["start"] == ["Välj 30 september 2026 eller ett tidigare datum."]
    assert date_form("2026-09-30", latest=latest).is_valid()


def test_the_date_picker_offers_only_the_allowed_days(today, db):
    form = date_form("", earliest={"amount": 4, "unit": "months"}, latest={"amount": 12, "unit": "months"})

    attrs = form.fields["start"].widget.attrs
    assert (attrs["min"], attrs["max"]) == ("2026-12-31", "2027-08-31")


def test_without_rules_any_date_is_accepted(today, db):
    assert date_form("1990-01-01").is_valid()


def test_an_editor_cannot_set_the_latest_before_the_earliest(today):
    block = DateFieldBlock()
    value = block.to_python(
        {
            "key": "start",
            "label": "Start",
            "help_text": "",
            "required": True,
            "condition": {"key": "", "equals": ""},
            "earliest": {"amount": 2, "unit": "months"},
            "latest": {"amount": 30, "unit": "days"},
        }
    )

    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)
    assert "latest" in raised.value.block_errors


def test_the_demo_preschool_asks_for_a_start_at_least_four_months_ahead():
    from demo.content.application import PAGES

    starts = [
        question["value"]
        for page in PAGES
        for block in page["body"]
        if block["type"] == "eservice_application"
        for item in block["value"]["steps"]
        for question in item["value"]["fields"]
        if question["type"] == "date"
        and question["value"]["key"] == "start"
        and "fyra månader" in str(question["value"]["help_text"])
    ]
    assert starts and all(start["earliest"] == {"amount": 4, "unit": "months"} for start in starts)

"""Numbers as citizens type them: read in Swedish, English and Arabic, kept as plain digits,
shown in the reader's language; and whatever one language shows, it reads back the same."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foundations import numbers

LANGUAGES = ["sv", "en", "ar"]

READ = [
    # typed, language, kept
    ("24,5", "sv", "24.5"),
    ("24.5", "sv", "24.5"),
    ("24,5", "en", "24.5"),
    ("24,5", "ar", "24.5"),
    ("1 200", "sv", "1200"),
    ("1\xa0200,75", "sv", "1200.75"),
    ("1\u202f200", "sv", "1200"),
    ("1 234 567,5", "sv", "1234567.5"),
    ("1,200", "en", "1200"),
    ("1,234.5", "en", "1234.5"),
    ("1.234,5", "sv", "1234.5"),
    ("1,200", "sv", "1.200"),
    ("007", "sv", "7"),
    ("0,50", "sv", "0.50"),
    (",5", "sv", "0.5"),
    ("12,50", "sv", "12.50"),
    ("٢٤٫٥", "ar", "24.5"),
    ("٢٤٫٥", "sv", "24.5"),
    ("۱۲۰۰", "ar", "1200"),
    ("١٬٢٠٠", "ar", "1200"),
    ("-3,5", "sv", "-3.5"),
    ("−3,5", "sv", "-3.5"),
    ("-0", "sv", "0"),
    ("  40  ", "en", "40"),
]


@pytest.mark.parametrize(("typed", "language", "kept"), READ)
def test_a_number_is_read_as_the_citizen_typed_it(typed, language, kept):
    assert numbers.plain(numbers.parse(typed, language)) == kept


@pytest.mark.parametrize(
    "typed", ["", "abc", "12 5", "1e3", "4E+1", "NaN", "inf", "12,", "1,2,3", "1.2.3", "1,2.3,4", "12..5", "٫", "- "]
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_what_is_not_a_number_is_refused_with_a_message(typed, language):
    with pytest.raises(numbers.NumberError) as refused:
        numbers.parse(typed, language)

    assert refused.value.code == "invalid"


@pytest.mark.parametrize(("typed", "language"), [("1.200", "sv"), ("1.200", "ar"), ("12.500", "sv")])
def test_a_mark_that_could_separate_thousands_or_decimals_is_asked_about(typed, language):
    with pytest.raises(numbers.NumberError) as refused:
        numbers.parse(typed, language)

    assert refused.value.code == "ambiguous"


def test_a_range_that_rules_out_thousands_reads_the_mark_as_decimals():
    assert numbers.parse("59.332", "sv", largest=Decimal(90)) == Decimal("59.332")


@pytest.mark.parametrize(
    ("kept", "language", "shown"),
    [
        ("24.5", "sv", "24,5"),
        ("24.5", "en", "24.5"),
        ("24.5", "ar", "24,5"),
        ("1200.50", "sv", "1\xa0200,50"),
        ("1200.50", "en", "1,200.50"),
        ("1200.50", "ar", "1200,50"),
        ("40", "sv", "40"),
        ("-3.5", "sv", "-3,5"),
    ],
)
def test_a_kept_number_is_shown_the_way_the_language_writes_numbers(kept, language, shown):
    assert numbers.display(kept, language) == shown


@pytest.mark.parametrize("value", ["40", "20", "100", "1E+1", "0.0000001"])
def test_the_kept_form_never_has_an_exponent(value):
    assert "E" not in numbers.plain(Decimal(value)).upper()


def test_a_json_number_from_an_api_client_is_read_as_its_digits():
    assert numbers.plain(numbers.parse(24.5)) == "24.5"
    assert numbers.plain(numbers.parse(40)) == "40"


amounts = st.one_of(
    *(
        st.decimals(
            min_value=Decimal("-999999999999"), max_value=Decimal("999999999999"), places=places, allow_nan=False
        )
        for places in (1, 2, 3, 4)
    ),
) | st.integers(min_value=-(10**12) + 1, max_value=10**12 - 1).map(Decimal)


@settings(max_examples=300, deadline=None)
@given(number=amounts, language=st.sampled_from(LANGUAGES))
def test_what_a_language_shows_reads_back_as_the_same_digits(number, language):
    shown = numbers.display(numbers.plain(number), language)

    assert numbers.plain(numbers.parse(shown, language)) == numbers.plain(number)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60), language=st.sampled_from(LANGUAGES))
def test_any_text_is_a_number_or_a_refusal_never_a_crash(text, language):
    try:
        number = numbers.parse(text, language)
    except numbers.NumberError:
        return
    assert number.is_finite()
    assert "E" not in numbers.plain(number).upper()

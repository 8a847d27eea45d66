"""Personal data typed into a comment is masked; ordinary numbers and text stay."""

from feedback.privacy import clean_comment
from foundations.personal_data import MASK


def test_an_identity_number_with_a_valid_control_digit_is_masked_in_every_common_form():
    for number in ["19811218-9876", "198112189876", "811218-9876", "8112189876"]:
        masked, was_masked = clean_comment(f"Mitt personnummer är {number}, hjälp!")
        assert number not in masked
        assert MASK in masked
        assert was_masked


def test_dates_amounts_and_case_references_are_not_mistaken_for_personal_data():
    text = "Jag ringde 2026-11-20 om ärende KP-2026-000123 och fick betala 1500 kr, postnummer 123 45."
    assert clean_comment(text) == (text, False)


def test_e_mail_addresses_and_phone_numbers_are_masked():
    masked, was_masked = clean_comment("Maila anna.svensson@exempel.se eller ring 070-123 45 67 eller +46 8 123 456 78")

    assert "anna.svensson" not in masked
    assert "070-123 45 67" not in masked
    assert "123 456 78" not in masked
    assert masked.count(MASK) == 3
    assert was_masked


def test_text_between_less_than_and_greater_than_is_kept_as_typed():
    for text in ["Priset < 100 kr och > 50 kr stämmer inte", "Bra sida <3", "Skriv <namn> i fältet", "a<b & c>d"]:
        assert clean_comment(text) == (text, False)


def test_markup_is_kept_as_plain_text_since_it_is_escaped_wherever_it_is_shown():
    text = '<script>alert("x")</script> Sidan saknar öppettider'

    assert clean_comment(text) == (text, False)


def test_control_characters_and_bidi_overrides_are_dropped():
    masked, _ = clean_comment("Hälsningar Anna\u202ekcilc\x00 och \u2067Bo\u2069")

    assert masked == "Hälsningar Annakcilc och Bo"

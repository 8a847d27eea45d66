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


def test_markup_is_removed_and_the_text_kept():
    masked, _ = clean_comment('<script>alert("x")</script><b>Sidan</b> saknar öppettider & adress')

    assert "<" not in masked
    assert "script" not in masked.lower() or "alert" not in masked
    assert masked.endswith("Sidan saknar öppettider & adress")

"""R29–R32 and the free-text rules, with the test values of domain.md."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from stdnum import luhn

from custadmin.domain.errors import FieldError
from custadmin.domain.identifiers import (
    Country,
    email_key,
    format_org_number,
    format_phone,
    is_personal_org_number,
    is_personal_peppol_id,
    mask_personal_number,
    masked_identifier,
    normalize_dk_personal_number,
    normalize_email,
    normalize_org_number,
    normalize_phone,
    normalize_postcode,
    normalize_se_personal_number,
    redact_personal_numbers,
    shown_org_number,
    shown_peppol_id,
)
from custadmin.domain.text import ZERO_WIDTH, clean_text, fold

TODAY = dt.date(2026, 6, 1)


def _luhn_complete(first_nine: str) -> str:
    return first_nine + luhn.calc_check_digit(first_nine)


# --- R29 email -------------------------------------------------------------


def test_email_is_stored_in_normalised_form() -> None:
    assert normalize_email("email", "  Anna@Example.SE  ") == "Anna@example.se"


@pytest.mark.parametrize(
    "typed",
    [
        "Anna@Example.se",
        "anna@EXAMPLE.se",
        "ANNA@example.SE",
        "Ａｎｎａ@Example.se",  # full-width local part
        "ａｎｎａ@ｅｘａｍｐｌｅ.ｓｅ",  # full-width everywhere
    ],
)
def test_email_key_equal_for_case_and_width_variants(typed: str) -> None:
    assert email_key(normalize_email("email", typed)) == "anna@example.se"


def test_email_key_is_nfkc_casefold_of_normalised() -> None:
    normalised = normalize_email("email", "Straße@Example.de")
    assert email_key(normalised) == "strasse@example.de"


def test_different_emails_have_different_keys() -> None:
    assert email_key(normalize_email("e", "anna@example.se")) != email_key(
        normalize_email("e", "anne@example.se")
    )


@pytest.mark.parametrize(
    "typed", ["anna", "anna@", "@example.se", "anna@@example.se", "an na@example.se", "a@b"]
)
def test_invalid_email_rejected_naming_the_field(typed: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_email("contact_email", typed)
    assert info.value.field == "contact_email"
    assert info.value.message


def test_empty_email_is_required() -> None:
    with pytest.raises(FieldError) as info:
        normalize_email("email", "   ")
    assert info.value.field == "email"


# --- R30 phone -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("070-123 45 67", "SE", "+46701234567"),  # domain.md test value
        ("0701234567", "SE", "+46701234567"),
        ("+46 70 123 45 67", "SE", "+46701234567"),
        ("20 12 34 56", "DK", "+4520123456"),
        ("040 1234567", "FI", "+358401234567"),
        # An international number is accepted whatever the account's country.
        ("+45 20 12 34 56", "SE", "+4520123456"),
        ("+46 70 123 45 67", "DK", "+46701234567"),
    ],
)
def test_phone_stored_as_e164_with_account_country_as_default(
    typed: str, region: str, e164: str
) -> None:
    assert normalize_phone("phone", typed, region) == e164


def test_phone_national_form_depends_on_default_region() -> None:
    # A Swedish mobile typed nationally is not a valid Danish number.
    with pytest.raises(FieldError) as info:
        normalize_phone("phone", "070-123 45 67", "DK")
    assert info.value.field == "phone"


@pytest.mark.parametrize("typed", ["123", "abc", "070-123", "+46 70 123 45 67 89 00", ""])
def test_invalid_phone_rejected(typed: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_phone("phone", typed, "SE")
    assert info.value.field == "phone"
    assert info.value.message


def test_phone_shown_national_at_home_and_international_abroad() -> None:
    assert format_phone("+46701234567", "SE") == "070-123 45 67"
    assert format_phone("+46701234567", "DK") == "+46 70 123 45 67"
    assert format_phone("+4520123456", "DK") == "20 12 34 56"
    assert format_phone("", "SE") == ""


# --- R31 organisation numbers ------------------------------------------------


@pytest.mark.parametrize(
    ("country", "typed", "compact"),
    [
        (Country.SE, "556036-0793", "5560360793"),
        (Country.SE, "5560360793", "5560360793"),
        (Country.SE, " 556036-0793 ", "5560360793"),
        (Country.DK, "13585628", "13585628"),
        (Country.NO, "974760673", "974760673"),
        (Country.FI, "2077474-0", "20774740"),
    ],
)
def test_valid_org_numbers(country: Country, typed: str, compact: str) -> None:
    assert normalize_org_number("org_number", typed, country) == compact


@pytest.mark.parametrize(
    ("country", "typed"),
    [
        (Country.SE, "556036-0794"),
        (Country.SE, "5560360794"),
        (Country.DK, "13585627"),
        (Country.NO, "974760674"),
        (Country.FI, "2077474-1"),
        # A valid number of one country is not one of another.
        (Country.DK, "556036-0793"),
        (Country.NO, "13585628"),
    ],
)
def test_invalid_org_numbers(country: Country, typed: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_org_number("org_number", typed, country)
    assert info.value.field == "org_number"
    assert info.value.message


@pytest.mark.parametrize(
    ("country", "typed"),
    [
        (Country.SE, "000000-0000"),
        (Country.SE, "0000000000"),
        (Country.DK, "00000000"),
        (Country.NO, "000000000"),
        (Country.FI, "0000000-0"),
    ],
)
def test_all_zero_org_numbers_rejected(country: Country, typed: str) -> None:
    with pytest.raises(FieldError):
        normalize_org_number("org_number", typed, country)


def test_empty_org_number_is_allowed() -> None:
    assert normalize_org_number("org_number", "  ", Country.SE) == ""


@pytest.mark.parametrize("typed", ["880320-0016", "8803200016", "701063-2391"])
def test_se_org_number_below_20_accepted_as_sole_trader_personnummer(typed: str) -> None:
    assert normalize_org_number("org_number", typed, Country.SE) == typed.replace("-", "")


@pytest.mark.parametrize(
    "number",
    [
        _luhn_complete("551300000"),  # "month" 13
        _luhn_complete("550000000"),  # "month" 00
        _luhn_complete("551900000"),  # "month" 19
        _luhn_complete("880230000"),  # 30 February
    ],
)
def test_se_org_number_below_20_that_is_no_personnummer_rejected(number: str) -> None:
    # Sanity: the checksum passes, so only the 3rd/4th-digit rule can refuse it.
    assert luhn.is_valid(number)
    with pytest.raises(FieldError) as info:
        normalize_org_number("org_number", number, Country.SE)
    assert info.value.field == "org_number"


def test_org_numbers_shown_formatted() -> None:
    assert format_org_number("5560360793", "SE") == "556036-0793"
    assert format_org_number("20774740", "FI") == "2077474-0"
    assert format_org_number("13585628", "DK") == "13585628"
    assert format_org_number("", "SE") == ""


# --- R32 personal identity numbers ----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("880320-0016", "198803200016"),
        ("8803200016", "198803200016"),
        ("19880320-0016", "198803200016"),
        ("198803200016", "198803200016"),
        # '+' marks someone aged 100 or more: born 1881, not 1981.
        ("811228+9841", "188112289841"),
        ("811228-9841", "198112289841"),
        # Samordningsnummer: day + 60 (stdnum rejects these).
        ("701063-2391", "197010632391"),
    ],
)
def test_valid_se_personal_numbers(typed: str, stored: str) -> None:
    assert normalize_se_personal_number("pin", typed, today=TODAY) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "880320-0018",  # domain.md: invalid check digit (samordningsnummer list)
        "880320-0017",
        "12345",
        "8803200016x",
        _luhn_complete("880230000"),  # 30 February
        _luhn_complete("701092000"),  # coordination day 92 - 60 = 32
    ],
)
def test_invalid_se_personal_numbers(typed: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_se_personal_number("pin", typed, today=TODAY)
    assert info.value.field == "pin"


def test_se_personal_number_century_is_never_in_the_future() -> None:
    # 10 digits "250101…" on 2026-06-01 is 2025, not 1925; "270101…" is 1927.
    early = _luhn_complete("250101123")
    late = _luhn_complete("270101123")
    assert normalize_se_personal_number("pin", early, today=TODAY).startswith("2025")
    assert normalize_se_personal_number("pin", late, today=TODAY).startswith("1927")


def test_dk_cpr_without_modulus_11_is_accepted() -> None:
    # 0101901234 fails the old modulus-11 check but such numbers are issued.
    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    assert sum(w * int(d) for w, d in zip(weights, "0101901234", strict=True)) % 11 != 0
    assert normalize_dk_personal_number("cpr", "010190-1234") == "0101901234"


@pytest.mark.parametrize("typed", ["320190-1234", "011390-1234", "0101901", "abcdefghij"])
def test_dk_cpr_invalid_date_or_length_rejected(typed: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_dk_personal_number("cpr", typed)
    assert info.value.field == "cpr"


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("8803200016", "880320-****"),
        ("880320-0016", "880320-****"),
        ("811228+9841", "811228-****"),
        ("198803200016", "19880320-****"),
        ("7010632391", "701063-****"),
        ("0101901234", "010190-****"),  # a Danish CPR number masks the same way
        ("1234", "****"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_personal_number_keeps_the_birth_date_and_hides_the_last_four(
    number: str, shown: str
) -> None:
    masked = mask_personal_number(number)
    assert masked == shown
    digits = number.replace("-", "").replace("+", "")
    if len(digits) > 4:
        assert digits[-4:] not in masked.replace(digits[:-4], "", 1)


@pytest.mark.parametrize(
    ("compact", "country", "personal"),
    [
        ("8803200016", "SE", True),
        ("7010632391", "SE", True),  # samordningsnummer
        ("5560360793", "SE", False),  # a legal entity: 60 in the third and fourth digits
        ("13585628", "DK", False),
        ("974760673", "NO", False),
        ("20774740", "FI", False),
        ("", "SE", False),
    ],
)
def test_only_a_sole_traders_org_number_is_personal(
    compact: str, country: str, personal: bool
) -> None:
    assert is_personal_org_number(compact, country) is personal
    shown = shown_org_number(compact, country)
    if personal:
        assert shown == mask_personal_number(compact)
        assert shown_org_number(compact, country, full=True) == format_org_number(compact,
                                                                                  country)
    else:
        assert shown == format_org_number(compact, country)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("0007:8803200016", "0007:880320-****"),
        ("0007:7010632391", "0007:701063-****"),
        ("0007:5560360793", "0007:5560360793"),
        ("0088:5790000435975", "0088:5790000435975"),
        ("0096:1001012345", "0096:1001012345"),  # a Danish P number names no person
        ("8803200016", "880320-****"),
        ("5560360793", "5560360793"),
        ("+46111234567", "+46111234567"),
        ("Storgatan 1", "Storgatan 1"),
    ],
)
def test_masked_identifier_masks_stored_personal_numbers_and_peppol_ids(
    stored: str, shown: str
) -> None:
    assert masked_identifier(stored) == shown
    if ":" in stored:
        assert shown_peppol_id(stored) == shown
        assert shown_peppol_id(stored, full=True) == stored
        assert is_personal_peppol_id(stored) is (shown != stored)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("880320-0016", "880320-****"),
        ("8803200016", "880320-****"),
        ("19880320-0016", "19880320-****"),
        ("198803200016", "19880320-****"),
        ("811228+9841", "811228-****"),
        ("701063-2391", "701063-****"),
        ("880320-0018", "880320-****"),  # a mistyped check digit is still someone's
        ("0007:8803200016", "0007:880320-****"),
        ("Firma 880320-0016 och 811228+9841", "Firma 880320-**** och 811228-****"),
        # Not personal identity numbers: left as they are.
        ("556036-0793", "556036-0793"),
        ("165560360793", "165560360793"),
        ("+46111234567", "+46111234567"),  # E.164: after a "+"
        ("88032000161", "88032000161"),  # 11 digits
        ("003720774740", "003720774740"),  # a Finnish OVT identifier
    ],
)
def test_redact_personal_numbers_in_any_written_form(text: str, redacted: str) -> None:
    assert redact_personal_numbers(text) == redacted


# --- R31 + R32: a sole trader's organisation number in every written form -------------


@pytest.mark.parametrize(
    "typed",
    [
        "880320-0016", "8803200016", "880320 0016",
        "19880320-0016", "198803200016",
    ],
)
def test_sole_trader_org_number_in_every_written_form_is_stored_as_10_digits(
    typed: str
) -> None:
    assert normalize_org_number("org_number", typed, Country.SE) == "8803200016"


def test_sole_trader_aged_100_or_more_is_accepted_with_plus() -> None:
    # "+" carries the century (1881, not 1981); the stored 10 digits do not.
    assert normalize_org_number("org_number", "811228+9841", Country.SE) == "8112289841"
    assert normalize_org_number("org_number", "18811228-9841", Country.SE) == "8112289841"


@pytest.mark.parametrize("typed", ["701063-2391", "197010632391", "7010632391"])
def test_sole_trader_samordningsnummer_is_accepted(typed: str) -> None:
    # stdnum's personnummer refuses day + 60; R32 accepts it.
    assert normalize_org_number("org_number", typed, Country.SE) == "7010632391"


def test_legal_entity_with_prefix_16_is_accepted() -> None:
    assert normalize_org_number("org_number", "16556036-0793", Country.SE) == "5560360793"


@pytest.mark.parametrize(
    ("typed", "code", "reason"),
    [
        ("556036-0794", "org_number.check_digit", None),
        ("880320-0018", "org_number.se_sole_trader", "personal_number.se_check_digit"),
        ("811228+9842", "org_number.se_sole_trader", "personal_number.se_check_digit"),
        ("19880230-0016", "org_number.se_sole_trader", "personal_number.se_date"),
        ("20880320-0016", "org_number.se_sole_trader", "personal_number.se_birth_year"),
        ("556036+0793", "org_number.se_plus", None),
        ("195560360793", "org_number.se_prefix", None),
        ("88032000", "org_number.se_length", None),
        ("880320-OO16", "org_number.se_form", None),
        ("0000000000", "org_number.all_zeros", None),
    ],
)
def test_wrong_swedish_org_numbers_say_precisely_what_is_wrong(
    typed: str, code: str, reason: str | None
) -> None:
    with pytest.raises(FieldError) as info:
        normalize_org_number("org_number", typed, Country.SE)
    message = info.value.message
    assert info.value.field == "org_number"
    assert getattr(message, "code", None) == code
    if reason is not None:
        assert getattr(message.params["reason"], "code", None) == reason  # type: ignore[attr-defined]
    # Never the vague "check the digits and the country" for a Swedish number.
    assert "check the digits and the country" not in message


@settings(max_examples=300, database=None, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31)),
       st.integers(0, 999), st.booleans())
def test_every_valid_personal_number_is_a_valid_sole_trader_org_number(
    born: dt.date, serial: int, coordination: bool
) -> None:
    day = born.day + (60 if coordination else 0)
    nine = f"{born:%y%m}{day:02d}{serial:03d}"
    ten = _luhn_complete(nine)
    # "+" from the 100th birthday on: by the day, not by the year (a person
    # born on 4 December 1926 is still 99 on 3 December 2026).
    today = dt.date.today()
    hundred = (today.year - 100, today.month, today.day)
    hyphen = "+" if (born.year, born.month, born.day) <= hundred else "-"
    for typed in (ten, f"{ten[:6]}{hyphen}{ten[6:]}", f"{born:%Y}{ten[2:]}",
                  f"{born:%Y}{ten[2:6]}-{ten[6:]}"):
        assert normalize_org_number("org_number", typed, Country.SE) == ten, typed
    assert is_personal_org_number(ten, "SE")
    assert shown_org_number(ten, "SE") == f"{ten[:6]}-****"
    assert redact_personal_numbers(f"0007:{ten}") == f"0007:{ten[:6]}-****"


# --- postcodes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "typed", "stored"),
    [
        ("SE", "12345", "123 45"),
        ("SE", "123 45", "123 45"),
        ("SE", " 123  45 ", "123 45"),
        ("FI", "00100", "00100"),
        ("DK", "2100", "2100"),
        ("NO", "0150", "0150"),
        ("GB", "sw1a 1aa", "SW1A 1AA"),
    ],
)
def test_valid_postcodes(country: str, typed: str, stored: str) -> None:
    assert normalize_postcode("postcode", typed, country) == stored


@pytest.mark.parametrize(
    ("country", "typed"),
    [
        ("SE", "1234"),
        ("SE", "123456"),
        ("SE", "12a45"),
        ("FI", "0010"),
        ("DK", "21000"),
        ("NO", "01500"),
        ("GB", "X" * 13),
        ("SE", ""),
        ("GB", "  "),
    ],
)
def test_invalid_postcodes(country: str, typed: str) -> None:
    with pytest.raises(FieldError) as info:
        normalize_postcode("postcode", typed, country)
    assert info.value.field == "postcode"


# --- free text ---------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["Anna\x00", "An\tna", "An\nna", "An\rna", "Anna\x1b[31m", "An\x7fna", "An\x85na"]
)
def test_control_characters_refused(typed: str) -> None:
    with pytest.raises(FieldError) as info:
        clean_text("first_name", typed, required=True, max_length=200)
    assert info.value.field == "first_name"


def test_clean_text_trims_and_keeps_letters() -> None:
    assert clean_text("city", "  Malmö  ", required=True, max_length=200) == "Malmö"


def test_clean_text_required_and_optional() -> None:
    with pytest.raises(FieldError):
        clean_text("city", "   ", required=True, max_length=200)
    assert clean_text("address_line2", "   ", required=False, max_length=200) == ""


def test_clean_text_max_length() -> None:
    assert clean_text("name", "x" * 10, required=True, max_length=10) == "x" * 10
    with pytest.raises(FieldError):
        clean_text("name", "x" * 11, required=True, max_length=10)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [("Å", "å"), ("Ä", "ä"), ("Ö", "ö"), ("Æ", "æ"), ("Ø", "ø"), ("ÅÄÖÆØ", "åäöæø")],
)
def test_fold_nordic_letters(upper: str, lower: str) -> None:
    assert fold(upper) == fold(lower) == lower


def test_fold_keeps_accents_apart() -> None:
    assert fold("Hägg") != fold("Hagg")
    assert fold("Øster") != fold("Oster")


def test_fold_width_and_composition() -> None:
    assert fold("ＨＡＧＧ") == "hagg"
    # "A" + combining ring above is the same as "Å" after NFKC.
    assert fold("A\u030angström") == fold("Ångström") == "ångström"


def _trimmed(value: str) -> str:
    """What the fields keep: whitespace and the invisible characters off both ends."""
    def edge(ch: str) -> bool:
        return ch.isspace() or ch in ZERO_WIDTH

    start, end = 0, len(value)
    while start < end and edge(value[start]):
        start += 1
    while end > start and edge(value[end - 1]):
        end -= 1
    return value[start:end]


@settings(max_examples=300, database=None, deadline=None)
@given(st.text(max_size=60))
@example("\ufeff")  # a byte-order mark alone: trimmed, though str.strip() keeps it
@example(" \u200bA\u2060 ")
def test_clean_text_never_lets_a_control_character_through(value: str) -> None:
    try:
        cleaned = clean_text("note", value, required=False, max_length=40)
    except FieldError as exc:
        assert exc.field == "note"
        return
    assert cleaned == _trimmed(value)
    assert len(cleaned) <= 40
    assert not any(unicodedata.category(ch) == "Cc" for ch in cleaned)


@settings(max_examples=200, database=None, deadline=None)
@given(st.from_regex(r"[a-z][a-z0-9.]{0,10}[a-z0-9]@[a-z]{2,10}\.(se|dk|no|fi)", fullmatch=True))
def test_email_key_ignores_case(address: str) -> None:
    try:
        lower = normalize_email("email", address)
    except FieldError:
        return  # e.g. ".." in the local part
    upper = normalize_email("email", address.upper())
    assert email_key(upper) == email_key(lower) == lower.casefold()

"""R33 Peppol participant IDs, with the test values of domain.md."""

from __future__ import annotations

import pytest
from stdnum import ean, luhn

from custadmin.domain.errors import FieldError
from custadmin.domain.identifiers import normalize_peppol_id, peppol_key


def _message(value: str) -> str:
    with pytest.raises(FieldError) as info:
        normalize_peppol_id("peppol_id", value)
    assert info.value.field == "peppol_id"
    return info.value.message


# --- domain.md test values -------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["0007:5560360793", "0088:5790000435975", "0192:974760673", "0216:003720774740"],
)
def test_domain_valid_values_are_accepted_unchanged(value: str) -> None:
    assert normalize_peppol_id("peppol_id", value) == value


def test_domain_invalid_hyphenated_swedish_number_says_type_without_hyphens() -> None:
    message = _message("0007:556036-0793")
    assert "without hyphens" in message


def test_domain_invalid_removed_swedish_vat_code_names_0007() -> None:
    message = _message("9955:SE556036079301")
    assert "9955" in message
    assert "0007" in message


# --- empty, prefix, spaces, case ------------------------------------------


@pytest.mark.parametrize("value", ["", "   ", "\t"])
def test_empty_means_no_peppol_id(value: str) -> None:
    assert normalize_peppol_id("peppol_id", value) == ""


@pytest.mark.parametrize(
    "value",
    [
        "iso6523-actorid-upis::0007:5560360793",
        "ISO6523-ACTORID-UPIS::0007:5560360793",
        "Iso6523-ActorId-Upis::0007:5560360793",
        "  iso6523-actorid-upis::0007:5560360793  ",
        "  0007:5560360793 ",
    ],
)
def test_scheme_prefix_and_surrounding_spaces_are_stripped(value: str) -> None:
    assert normalize_peppol_id("peppol_id", value) == "0007:5560360793"


def test_prefix_alone_is_not_an_id() -> None:
    assert "ICD:identifier" in _message("iso6523-actorid-upis::")


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("0198:dk13585628", "0198:DK13585628"),
        ("0198:Dk13585628", "0198:DK13585628"),
        ("0216:003720774740abc", "0216:003720774740ABC"),
        ("0216:003720774740aB1", "0216:003720774740AB1"),
    ],
)
def test_letters_are_upper_cased(typed: str, canonical: str) -> None:
    assert normalize_peppol_id("peppol_id", typed) == canonical


def test_ids_compare_case_insensitively() -> None:
    lower = normalize_peppol_id("peppol_id", "0198:dk13585628")
    upper = normalize_peppol_id("peppol_id", "0198:DK13585628")
    assert peppol_key(lower) == peppol_key(upper)
    assert peppol_key("0198:DK13585628") == peppol_key("0198:dk13585628") == "0198:dk13585628"
    assert peppol_key("0007:5560360793") != peppol_key("0192:974760673")


# --- form ------------------------------------------------------------------


@pytest.mark.parametrize("value", ["5560360793", "00075560360793", "0007;5560360793"])
def test_missing_colon_explains_the_form(value: str) -> None:
    message = _message(value)
    assert "ICD:identifier" in message
    assert "0007:5560360793" in message


@pytest.mark.parametrize("value", ["7:5560360793", "00007:5560360793", "SE:5560360793"])
def test_scheme_code_must_be_four_digits(value: str) -> None:
    assert "ICD:identifier" in _message(value)


@pytest.mark.parametrize("value", ["1234:5560360793", "9999:5560360793", "0060:123456789"])
def test_unknown_code_lists_the_accepted_codes(value: str) -> None:
    message = _message(value)
    assert value[:4] in message
    for code in ("0007", "0088", "0184", "0198", "0096", "0192", "0216"):
        assert code in message


def test_missing_identifier_after_colon() -> None:
    assert "after the colon" in _message("0007:")


@pytest.mark.parametrize(
    "value",
    [
        "0007:556036-0793",
        "0007:556036 0793",
        "0192:974 760 673",
        "0184:1358-5628",
        "0216:0037-2077474-0",
        "0088:579000-0435975",
    ],
)
def test_identifier_is_checked_as_typed(value: str) -> None:
    assert "without hyphens or spaces" in _message(value)


def test_spaces_around_the_colon_are_not_removed() -> None:
    with pytest.raises(FieldError):
        normalize_peppol_id("peppol_id", "0007: 5560360793")


# --- removed codes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("removed", "replacements"),
    [
        ("9955", ["0007"]),
        ("9902", ["0184"]),
        ("9904", ["0184", "0198"]),
        ("9908", ["0192"]),
        ("0037", ["0216"]),
        ("0212", ["0216"]),
        ("0213", ["0216"]),
        ("0215", ["0216"]),
    ],
)
def test_removed_code_names_its_replacement(removed: str, replacements: list[str]) -> None:
    # Even an identifier that would be valid under the new code is refused.
    message = _message(f"{removed}:5560360793")
    assert removed in message
    assert "no longer used" in message
    for code in replacements:
        assert code in message
    # It names the replacement, not the whole list of accepted codes.
    assert "0088" not in message


# --- per ICD: each check -----------------------------------------------------


def test_0007_swedish_org_number() -> None:
    assert normalize_peppol_id("f", "0007:5560360793") == "0007:5560360793"
    assert "check digit" in _message("0007:5560360794")
    assert "exactly 10 digits" in _message("0007:556036079")
    assert "exactly 10 digits" in _message("0007:55603607930")
    assert "exactly 10 digits" in _message("0007:165560360793")  # 12-digit form
    assert "digits only" in _message("0007:556036079A")
    assert "digits only" in _message("0007:SE5560360793")
    assert "all zeros" in _message("0007:0000000000")


def test_0007_uses_luhn() -> None:
    number = "123456789" + luhn.calc_check_digit("123456789")
    assert normalize_peppol_id("f", f"0007:{number}") == f"0007:{number}"


def test_0088_gln() -> None:
    assert normalize_peppol_id("f", "0088:5790000435975") == "0088:5790000435975"
    assert "check digit" in _message("0088:5790000435976")
    # A valid EAN-8, UPC-A or GTIN-14 is not a GLN: exactly 13 digits.
    assert "exactly 13 digits" in _message("0088:96385074")
    assert "exactly 13 digits" in _message("0088:036000291452")
    assert "exactly 13 digits" in _message("0088:05790000435975")
    assert "digits only" in _message("0088:579000043597X")
    assert "all zeros" in _message("0088:0000000000000")


def test_0088_uses_gs1_check_digit() -> None:
    body = "735000000001"
    gln = body + ean.calc_check_digit(body)
    assert normalize_peppol_id("f", f"0088:{gln}") == f"0088:{gln}"


def test_0184_danish_cvr() -> None:
    assert normalize_peppol_id("f", "0184:13585628") == "0184:13585628"
    assert "check digit" in _message("0184:13585627")
    assert "exactly 8 digits" in _message("0184:1358562")
    assert "exactly 8 digits" in _message("0184:135856280")
    assert "digits only" in _message("0184:DK13585628")
    assert "all zeros" in _message("0184:00000000")


def test_0198_danish_se_number() -> None:
    assert normalize_peppol_id("f", "0198:DK13585628") == "0198:DK13585628"
    assert "DK followed by 8 digits" in _message("0198:13585628")
    assert "DK followed by 8 digits" in _message("0198:DK1358562")
    assert "DK followed by 8 digits" in _message("0198:DK135856281")
    assert "DK followed by 8 digits" in _message("0198:SE13585628")
    assert "DK followed by 8 digits" in _message("0198:DK1358562A")
    assert "all zeros" in _message("0198:DK00000000")


def test_0096_danish_p_number_has_no_check_digit() -> None:
    assert normalize_peppol_id("f", "0096:1234567890") == "0096:1234567890"
    assert normalize_peppol_id("f", "0096:1234567891") == "0096:1234567891"
    assert "exactly 10 digits" in _message("0096:123456789")
    assert "exactly 10 digits" in _message("0096:12345678901")
    assert "digits only" in _message("0096:123456789P")
    assert "all zeros" in _message("0096:0000000000")


def test_0192_norwegian_org_number() -> None:
    assert normalize_peppol_id("f", "0192:974760673") == "0192:974760673"
    assert "check digit" in _message("0192:974760674")
    assert "exactly 9 digits" in _message("0192:97476067")
    assert "exactly 9 digits" in _message("0192:9747606730")
    assert "digits only" in _message("0192:NO974760673")
    assert "all zeros" in _message("0192:000000000")


def test_0216_finnish_ovt() -> None:
    assert normalize_peppol_id("f", "0216:003720774740") == "0216:003720774740"
    assert normalize_peppol_id("f", "0216:00372077474012345") == "0216:00372077474012345"
    # 2077474-1 is not a valid business ID.
    assert "wrong check digit" in _message("0216:003720774741")
    assert "0037" in _message("0216:003820774740")  # must start with 0037
    assert "0037" in _message("0216:20774740")  # the bare business ID
    assert "0037" in _message("0216:00372077474")  # business ID too short
    assert "0037" in _message("0216:003720774740123456")  # extension over 5
    assert "0037" in _message("0216:00372077474_")  # extension: letters or digits
    assert "all zeros" in _message("0216:003700000000")


@pytest.mark.parametrize(
    "value",
    [
        "0007:\uff15\uff15\uff16\uff10\uff13\uff16\uff10\uff17\uff19\uff13",  # full width
        "0192:\u0669\u0667\u0664\u0667\u0666\u0660\u0666\u0667\u0663",  # Arabic-Indic
    ],
)
def test_only_ascii_digits_count(value: str) -> None:
    assert "digits only" in _message(value)

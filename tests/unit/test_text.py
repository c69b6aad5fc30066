"""The one text policy (domain/text.py): what is trimmed, what is refused, and why."""

from __future__ import annotations

import dataclasses
import time

import pytest

from custadmin.domain.accounts import AccountInput, ContactInput, validate_account, validate_contact
from custadmin.domain.errors import FieldError, ValidationError
from custadmin.domain.operators import Caller, display_name, operator_name
from custadmin.domain.portal import (
    ZXCVBN_MAX_LENGTH,
    PasswordProblem,
    password_problem_message,
    password_strength,
)
from custadmin.domain.text import (
    SEARCH_MAX_LENGTH,
    check_text,
    clean_search,
    clean_text,
    lookup_key,
    secret_problem,
    trim,
)

CONTACT = ContactInput(first_name="Anna", last_name="Lind", email="anna@example.se",
                       phone="070-123 45 67", address_line1="Storgatan 1", postcode="111 22",
                       city="Stockholm", country="SE")


def _refusal(value: str) -> str:
    with pytest.raises(FieldError) as info:
        clean_text("name", value, required=True, max_length=200)
    assert info.value.field == "name"
    return getattr(info.value.message, "code", "")


# --- trimmed --------------------------------------------------------------------------


@pytest.mark.parametrize("edge", ["\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", " ", "\t",
                                  "\u00a0", "\u3000", "\ufeff \u200b\n"])
def test_invisible_characters_and_whitespace_at_either_end_are_trimmed(edge: str) -> None:
    assert clean_text("name", f"{edge}Hägg AB{edge}", required=True, max_length=200) == "Hägg AB"
    assert check_text("email", f"{edge}anna@example.se") == "anna@example.se"


def test_only_invisible_characters_is_empty() -> None:
    assert trim("\ufeff\u200b \u2060\u200d") == ""
    with pytest.raises(FieldError):
        clean_text("name", "\ufeff\u200b", required=True, max_length=200)


@pytest.mark.parametrize("inside", [
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian: ZWNJ inside a word
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # an emoji family (ZWJ sequence)
    "\u05e9\u05dc\u05d5\u05dd\u200f AB",  # a right-to-left mark: cannot reorder on its own
])
def test_joiners_and_direction_marks_inside_are_kept(inside: str) -> None:
    assert clean_text("name", inside, required=True, max_length=200) == inside


def test_trimming_a_megabyte_of_spaces_is_linear() -> None:
    started = time.perf_counter()
    assert trim(" " * 1_000_000 + "x" + "\u200b" * 1_000_000) == "x"
    assert time.perf_counter() - started < 1.0


# --- refused, with the problem named ---------------------------------------------------


@pytest.mark.parametrize(("value", "code"), [
    ("Hägg\ud800AB", "field.lone_surrogate"),
    ("\udfffHägg", "field.lone_surrogate"),
    ("Hä\x00gg", "field.control_character"),
    ("Hägg\x85AB", "field.control_character"),
    ("Hägg\u202eBA", "field.direction_control"),
    ("\u202aHägg", "field.direction_control"),
    ("Hägg\u2066AB\u2069", "field.direction_control"),
    ("Hägg\u2028AB", "field.line_separator"),
    ("Hägg\u2029AB", "field.line_separator"),
])
def test_refused_classes_name_their_problem(value: str, code: str) -> None:
    assert _refusal(value) == code


def test_a_direction_control_at_an_end_is_refused_not_trimmed() -> None:
    # Only invisible characters that change nothing are trimmed.
    assert _refusal("Hägg AB\u202e") == "field.direction_control"


def test_fields_with_their_own_rules_apply_the_policy_first() -> None:
    with pytest.raises(ValidationError) as info:
        validate_account(AccountInput(name="Hägg", country="S\u202eE", org_number="\x00",
                                      peppol_id="0007:\ud800", service_type="web\u2028hosting"))
    codes = {k: getattr(v, "code", "") for k, v in info.value.errors.items()}
    assert codes == {"country": "field.direction_control",
                     "peppol_id": "field.lone_surrogate",
                     "service_type": "field.line_separator"}  # org_number: no country yet
    with pytest.raises(ValidationError) as info:
        validate_contact(dataclasses.replace(
            CONTACT, email="anna\x00@example.se", phone="070\u202e123",
            postcode="111\ud80022"), "SE")
    codes = {k: getattr(v, "code", "") for k, v in info.value.errors.items()}
    assert codes == {"email": "field.control_character", "phone": "field.direction_control",
                     "postcode": "field.lone_surrogate"}


def test_a_foreign_postcode_is_checked_too() -> None:
    # Outside the Nordics a postcode is free text up to 12 characters.
    with pytest.raises(ValidationError) as info:
        validate_contact(ContactInput(
            first_name="Ann", last_name="Lee", email="ann@example.com", phone="+1 202 555 0143",
            address_line1="1 Main St", postcode="SW1\u202e", city="Springfield",
            country="US"), "SE")
    assert getattr(info.value.errors["postcode"], "code", "") == "field.direction_control"


# --- searches and look-ups ---------------------------------------------------------------


def test_a_search_is_trimmed_checked_and_bounded() -> None:
    assert clean_search("search", "\ufeff hägg \u200b") == "hägg"
    assert clean_search("search", "  ") == ""
    assert clean_search("search", "x" * SEARCH_MAX_LENGTH) == "x" * SEARCH_MAX_LENGTH
    with pytest.raises(FieldError) as info:
        clean_search("search", "x" * (SEARCH_MAX_LENGTH + 1))
    assert (info.value.field, info.value.message.code) == ("search", "field.too_long")  # type: ignore[attr-defined]
    with pytest.raises(FieldError):
        clean_search("search", "hä\x00gg")


def test_a_look_up_name_the_policy_refuses_names_nothing() -> None:
    assert lookup_key("\u200bkim ", 100) == "kim"
    assert lookup_key("k\x00im", 100) is None
    assert lookup_key("k\ud800", 100) is None
    assert lookup_key("k" * 101, 100) is None
    assert lookup_key(" ", 100) is None


# --- names of operators and callers --------------------------------------------------------


def test_operator_names_follow_the_policy_and_the_column_lengths() -> None:
    assert operator_name(" \ufeffKim Berg ") == ("Kim Berg", "kim berg")
    for bad in ("Kim\x00", "Kim\u202e", "\ud800", "k" * 101, "ß" * 51):  # ß folds to ss
        with pytest.raises(FieldError) as info:
            operator_name(bad)
        assert info.value.field == "name"
        assert info.value.message.code == "operator.name_invalid"  # type: ignore[attr-defined]
    assert display_name("", "Kim") == "Kim"
    with pytest.raises(FieldError) as info:
        display_name("x" * 201, "Kim")
    assert info.value.field == "display_name"


def test_a_caller_is_trimmed_and_checked_when_noted() -> None:
    caller = Caller(" \u200bPer Svensson ", " customer number\ufeff")
    assert (caller.name, caller.verified_by) == ("Per Svensson", "customer number")
    for name, verified, field in [("", "", "caller_name"), ("Per\x00", "", "caller_name"),
                                  ("P" * 201, "", "caller_name"),
                                  ("Per", "email\u202e", "caller_verified")]:
        with pytest.raises(FieldError) as info:
            Caller(name, verified)
        assert info.value.field == field


# --- passwords ---------------------------------------------------------------------------------


def test_passwords_are_never_trimmed_and_refuse_only_what_cannot_be_stored_or_typed() -> None:
    assert secret_problem(" spaces count \u200b\u202e ") is None
    assert getattr(secret_problem("pass\ud800word"), "code", "") == "password.invalid_character"
    assert getattr(secret_problem("pass\x00word"), "code", "") == "password.control_characters"
    assert getattr(secret_problem("pass\x9fword"), "code", "") == "password.control_characters"


@pytest.mark.parametrize("length", [ZXCVBN_MAX_LENGTH, ZXCVBN_MAX_LENGTH + 1, 100, 10_000])
def test_long_passwords_are_judged_by_their_first_72_characters(length: int) -> None:
    strong = ("Blue-Harbour-Kettle-42" * 500)[:length]
    assert password_strength(strong, ["anna@example.se"]).acceptable
    weak = "a" * length
    assert PasswordProblem.GUESSABLE in password_strength(weak).problems


def test_a_password_with_a_lone_surrogate_is_refused_by_name() -> None:
    strength = password_strength("Blue-Harbour-\ud800-Kettle-42")
    assert strength.problems[0] is PasswordProblem.INVALID_CHARACTER
    assert password_problem_message(strength.problems[0]).code == "password.invalid_character"

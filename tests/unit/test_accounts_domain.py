"""R2: what an account and a contact must have, and how errors are reported."""

from __future__ import annotations

import dataclasses

import pytest

from custadmin.domain.accounts import (
    CONTACT_FIELDS,
    OPTIONAL_CONTACT_FIELDS,
    AccountInput,
    ContactInput,
    NewAccount,
    validate_account,
    validate_contact,
    validate_new_account,
)
from custadmin.domain.errors import ValidationError
from custadmin.domain.identifiers import Country

GOOD_CONTACT = ContactInput(
    first_name="Anna",
    last_name="Lind",
    organisation_name="",
    email="Anna@Example.se",
    phone="070-123 45 67",
    address_line1="Storgatan 1",
    address_line2="",
    postcode="11122",
    city="Stockholm",
    country="SE",
)
GOOD_ACCOUNT = AccountInput(name="Hägg Bygg AB", country="SE", org_number="556036-0793")

MANDATORY_CONTACT_FIELDS = [f for f in CONTACT_FIELDS if f not in OPTIONAL_CONTACT_FIELDS]


def test_r2_field_lists() -> None:
    assert set(CONTACT_FIELDS) == {
        "first_name", "last_name", "organisation_name", "email", "phone",
        "address_line1", "address_line2", "postcode", "city", "country",
    }
    assert {"organisation_name", "address_line2"} == OPTIONAL_CONTACT_FIELDS


def test_valid_contact_is_normalised() -> None:
    contact = validate_contact(GOOD_CONTACT, "SE")
    assert contact.email == "Anna@example.se"
    assert contact.email_key == "anna@example.se"
    assert contact.phone == "+46701234567"
    assert contact.postcode == "111 22"
    assert contact.organisation_name == ""
    assert contact.address_line2 == ""


@pytest.mark.parametrize("field", MANDATORY_CONTACT_FIELDS)
def test_each_mandatory_contact_field_missing_is_reported_by_name(field: str) -> None:
    data = dataclasses.replace(GOOD_CONTACT, **{field: "   "})
    with pytest.raises(ValidationError) as info:
        validate_contact(data, "SE")
    assert set(info.value.errors) == {field}
    assert info.value.errors[field]


@pytest.mark.parametrize("field", sorted(OPTIONAL_CONTACT_FIELDS))
def test_optional_contact_fields_may_be_empty(field: str) -> None:
    data = dataclasses.replace(GOOD_CONTACT, **{field: ""})
    assert getattr(validate_contact(data, "SE"), field) == ""


def test_all_contact_errors_reported_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        validate_contact(ContactInput(country="SE"), "SE")
    assert set(info.value.errors) == set(MANDATORY_CONTACT_FIELDS) - {"country"}


def test_several_bad_values_reported_together() -> None:
    data = dataclasses.replace(
        GOOD_CONTACT, email="nope", phone="123", postcode="1", first_name="A\x00"
    )
    with pytest.raises(ValidationError) as info:
        validate_contact(data, "SE")
    assert set(info.value.errors) == {"email", "phone", "postcode", "first_name"}


def test_contact_phone_uses_account_country_not_contact_country() -> None:
    # R30: a contact living in Denmark of a Swedish account, phone typed nationally.
    data = dataclasses.replace(GOOD_CONTACT, country="DK", postcode="2100")
    assert validate_contact(data, "SE").phone == "+46701234567"
    with pytest.raises(ValidationError) as info:
        validate_contact(GOOD_CONTACT, "DK")
    assert set(info.value.errors) == {"phone"}


def test_valid_account_is_normalised() -> None:
    account = validate_account(GOOD_ACCOUNT)
    assert account.name == "Hägg Bygg AB"
    assert account.country is Country.SE
    assert account.org_number == "5560360793"


def test_account_org_number_is_optional() -> None:
    assert validate_account(AccountInput(name="Anna Lind", country="SE")).org_number == ""


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (AccountInput(name="", country="SE"), {"name"}),
        (AccountInput(name="X", country="US"), {"country"}),
        (AccountInput(name="X", country="SE", org_number="556036-0794"), {"org_number"}),
        (AccountInput(name="X", country="DK", org_number="556036-0793"), {"org_number"}),
        (AccountInput(name=" ", country="SE", org_number="556036-0794"), {"name", "org_number"}),
        (AccountInput(name="", country="XX"), {"name", "country"}),
        (AccountInput(name="Bad\nName", country="SE"), {"name"}),
    ],
)
def test_account_errors_keyed_by_field(data: AccountInput, fields: set[str]) -> None:
    with pytest.raises(ValidationError) as info:
        validate_account(data)
    assert set(info.value.errors) == fields
    assert all(info.value.errors.values())


def test_new_account_valid() -> None:
    account, contact = validate_new_account(NewAccount(GOOD_ACCOUNT, GOOD_CONTACT))
    assert account.org_number == "5560360793"
    assert contact.phone == "+46701234567"


def test_new_account_reports_account_and_main_contact_errors_together() -> None:
    data = NewAccount(
        AccountInput(name="", country="SE", org_number="556036-0794"),
        dataclasses.replace(GOOD_CONTACT, email="nope", city=""),
    )
    with pytest.raises(ValidationError) as info:
        validate_new_account(data)
    assert set(info.value.errors) == {
        "name", "org_number", "main_contact.email", "main_contact.city",
    }


def test_new_account_empty_main_contact_keys_every_mandatory_field() -> None:
    # An entirely empty form (country too): every mandatory field is reported at
    # once, including the postcode, whose format depends on the country.
    with pytest.raises(ValidationError) as info:
        validate_new_account(NewAccount(GOOD_ACCOUNT, ContactInput(country="")))
    assert set(info.value.errors) == {f"main_contact.{f}" for f in MANDATORY_CONTACT_FIELDS}


def test_new_account_phone_uses_account_country() -> None:
    data = NewAccount(
        AccountInput(name="Østergaard ApS", country="DK", org_number="13585628"),
        dataclasses.replace(GOOD_CONTACT, phone="20 12 34 56"),
    )
    _account, contact = validate_new_account(data)
    assert contact.phone == "+4520123456"

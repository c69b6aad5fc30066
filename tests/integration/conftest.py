"""Builders shared by the integration tests."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from custadmin.domain.accounts import AccountInput, ContactInput, NewAccount

BASE_CONTACT = ContactInput(
    first_name="Anna",
    last_name="Lind",
    organisation_name="",
    email="anna@example.se",
    phone="070-123 45 67",
    address_line1="Storgatan 1",
    address_line2="",
    postcode="111 22",
    city="Stockholm",
    country="SE",
)

NewAccountFactory = Callable[..., NewAccount]


def build_new_account(
    name: str = "Hägg Bygg AB",
    country: str = "SE",
    org_number: str = "",
    contact_country: str | None = None,
    **contact: Any,
) -> NewAccount:
    """A valid new account; keyword arguments override main-contact fields.

    The main contact lives in the account's country unless ``contact_country``
    says otherwise.
    """
    return NewAccount(
        AccountInput(name=name, country=country, org_number=org_number),
        dataclasses.replace(BASE_CONTACT, country=contact_country or country, **contact),
    )


@pytest.fixture
def new_account() -> NewAccountFactory:
    return build_new_account

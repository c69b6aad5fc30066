"""Test data built the way an operator would type it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import URL

from custadmin.domain.accounts import AccountInput, ContactInput, NewAccount
from custadmin.services.workspace import Workspace
from custadmin.storage.migrate import open_database


def new_account(name: str = "Hägg Bygg AB", email: str = "anna.berg@hagg.se") -> NewAccount:
    return NewAccount(
        AccountInput(name=name, country="SE", org_number="556036-0793"),
        ContactInput(
            first_name="Anna", last_name="Berg", email=email, phone="070-123 45 67",
            address_line1="Storgatan 1", postcode="123 45", city="Stockholm", country="SE",
        ),
    )


def open_workspace(url: str | URL, **options: Any) -> Workspace:
    """``storage.migrate.open_database(url, **options)`` as the services take it."""
    return Workspace(open_database(url, **options))

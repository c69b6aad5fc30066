"""Test data built the way an operator would type it."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy.engine import URL

from custadmin.domain.accounts import (
    AccountInput,
    ContactChange,
    ContactDetails,
    ContactInput,
    NewAccount,
)
from custadmin.domain.portal import PortalAccessChange
from custadmin.services.contacts import save_contact
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


#: A second person on an account, as several tests add him.
PER_HOLM = ContactInput(first_name="Per", last_name="Holm", email="per@holm.se",
                        phone="070-765 43 21", address_line1="Box 4", postcode="111 22",
                        city="Stockholm", country="SE")


def add_per_holm(db: Workspace, account_id: int,
                 portal: PortalAccessChange | None = None) -> ContactDetails:
    """Per Holm saved on the account (with ``portal`` access, if given); as stored."""
    saved = save_contact(db, account_id, None, ContactChange(PER_HOLM, frozenset(), portal))
    return next(c for c in saved.contacts if c.email == PER_HOLM.email)


def add_portal_user(db: Workspace, account_id: int, first_name: str, last_name: str,
                    email: str, confirmed_login_id: int | None = None) -> int:
    """A user of the account: a contact with a portal login (no password yet); its ID.

    ``confirmed_login_id`` joins the login another account's contact has (R9).
    """
    person = dataclasses.replace(PER_HOLM, first_name=first_name, last_name=last_name,
                                 email=email)
    saved = save_contact(db, account_id, None, ContactChange(
        person, frozenset(), PortalAccessChange(enabled=True)),
        confirmed_login_id=confirmed_login_id)
    return next(c.id for c in saved.contacts if c.email == email)


def make_partnership_customer(db: Workspace, account_id: int) -> None:
    """``account_id`` as a partner's customer (Easy, 3 licences) with one Reporter, so
    that *Licences & users* shows everything; the partner is another account already
    there, made a reseller (the register keeps its count)."""
    import datetime as dt

    from sqlalchemy import select

    from custadmin.storage.schema import Account, Partnership, SeatChange
    from custadmin.storage.schema import LicenceUser as LicenceUserRow

    with db.writing() as uow:
        partner = uow.session.scalars(select(Account).where(Account.id != account_id)
                                      .order_by(Account.id).limit(1)).one()
        partner.is_reseller = True
        link = Partnership(partner_id=partner.id, customer_id=account_id, product_key="easy",
                           licences=3, invoiced="customer", collective=False,
                           created_by="test")
        uow.session.add(link)
        uow.session.flush()
        uow.session.add(SeatChange(partnership_id=link.id, effective_on=dt.date.today(),
                                   licences_before=0, licences_after=3, operator="test"))
        uow.session.add(LicenceUserRow(account_id=account_id, first_name="Rita",
                                       last_name="Ek", role="reporter",
                                       email="rita@example.se", email_key="rita@example.se"))
        uow.commit()

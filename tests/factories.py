"""Test data built the way an operator would type it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import URL

from custadmin.domain.accounts import (
    AccountInput,
    ContactChange,
    ContactDetails,
    ContactInput,
    NewAccount,
)
from custadmin.domain.portal import PortalAccessChange
from custadmin.services.accounts import create_account
from custadmin.services.contacts import save_contact
from custadmin.services.licences import (
    PartnershipInput,
    create_partnership,
    partner,
    set_reseller,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.migrate import open_database
from custadmin.storage.schema import Partnership, PartnershipAddon, SeatChange


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
    from custadmin.storage.schema import Account
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


# --- partnerships on chosen days (the collective invoice basis counts days) ------------------


#: The reseller agreement's date unless a test gives another.
AGREEMENT_SINCE = dt.date(2020, 1, 1)


def make_partner(db: Workspace, name: str = "Reseller AB",
                 since: dt.date | None = AGREEMENT_SINCE) -> int:
    account = create_account(db, new_account(name, f"info@{name.split()[0].lower()}.se"))
    set_reseller(db, partner(db, account.id).token, is_reseller=True, agreement_since=since)
    return account.id


def make_customer(db: Workspace, partner_id: int, name: str, *, on: dt.date, licences: int,
                  product: str = "easy", collective: bool = True, invoiced: str = "partner",
                  org_number: str = "", addons: tuple[str, ...] = (),
                  personal_number: str = "") -> int:
    """A customer created through a partnership ``on`` a day; the partnership's ID."""
    data = new_account(name, f"anna.{len(name)}@example.se")
    data = dataclasses.replace(data, account=dataclasses.replace(data.account,
                                                                 org_number=org_number))
    view = create_partnership(db, PartnershipInput(
        partner_id=partner_id, product_key=product, licences=licences, customer=data,
        primary_role="administrator", primary_personal_number=personal_number,
        invoiced=invoiced, collective=collective, addons=addons))
    with db.writing() as uow:
        for change in uow.session.scalars(select(SeatChange).where(
                SeatChange.partnership_id == view.id)):
            change.effective_on = on
        for addon in uow.session.scalars(select(PartnershipAddon).where(
                PartnershipAddon.partnership_id == view.id)):
            addon.added_on = on
        uow.commit()
    return view.id


def seats(db: Workspace, partnership_id: int, on: dt.date, licences: int) -> None:
    """The agreement's licences changed ``on`` a day, as change_licences records it."""
    with db.writing() as uow:
        link = uow.session.get(Partnership, partnership_id)
        assert link is not None
        uow.session.add(SeatChange(partnership_id=partnership_id, effective_on=on,
                                   licences_before=link.licences, licences_after=licences,
                                   operator="test"))
        link.licences = licences
        uow.commit()

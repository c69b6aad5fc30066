"""Operator actions on an account's contacts (*Manage contacts*, R1–R4)."""

from __future__ import annotations

from custadmin.domain.accounts import AccountDetails, ContactInput, validate_contact
from custadmin.domain.errors import ConflictError, NotFoundError, RuleViolation
from custadmin.domain.mail import EmailCategory
from custadmin.services.accounts import (
    PREFERENCE_COLUMNS,
    account_details,
    apply_contact,
    load_for_update,
)
from custadmin.storage.database import Database
from custadmin.storage.schema import Contact, utcnow


def _contact_of(session_contact: Contact | None, account_id: int, contact_id: int) -> Contact:
    if session_contact is None or session_contact.account_id != account_id:
        raise NotFoundError(f"Contact {contact_id} is not on this account (any more).")
    return session_contact


def save_contact(
    db: Database,
    account_id: int,
    contact_id: int | None,
    contact_version: int | None,
    data: ContactInput,
    categories: frozenset[EmailCategory],
) -> AccountDetails:
    """Add a contact (``contact_id`` None) or update one; returns the account.

    A new contact is only what the operator entered: no email preference is
    ticked unless they ticked it, and it has no rights and no portal access
    (R3). The phone is read with the account's country as default (R30).
    """
    with db.writing() as uow:
        account, _main = load_for_update(uow.session, account_id)
        valid = validate_contact(data, account.country)
        if contact_id is None:
            row = Contact(account_id=account.id, is_main=False)
            uow.session.add(row)
        else:
            row = _contact_of(uow.session.get(Contact, contact_id), account.id, contact_id)
            if row.version != contact_version:
                raise ConflictError(
                    "This contact was changed by someone else since you opened it."
                )
        apply_contact(row, valid)
        for category, column in PREFERENCE_COLUMNS.items():
            setattr(row, column, category in categories)
        if row.is_main and uow.session.is_modified(row):
            # The account's version covers its main contact (as in
            # update_account_details), so decisions made on the old main
            # contact conflict.
            account.updated_at = utcnow()
        uow.session.flush()
        details = account_details(uow.session, account)
        uow.commit()
    return details


def delete_contact(
    db: Database, account_id: int, contact_id: int, contact_version: int
) -> AccountDetails:
    """Delete a contact; the main contact cannot be deleted (R1).

    Deleting the invoice contact makes the invoice fall back to the main
    contact (R5).
    """
    with db.writing() as uow:
        account, _main = load_for_update(uow.session, account_id)
        row = _contact_of(uow.session.get(Contact, contact_id), account.id, contact_id)
        if row.is_main:
            raise RuleViolation(
                "The main contact cannot be deleted: an account always has exactly one. "
                "Make another contact the main contact first."
            )
        if row.version != contact_version:
            raise ConflictError("This contact was changed by someone else since you opened it.")
        if account.invoice_contact_id == row.id:
            account.invoice_contact_id = None
        uow.session.delete(row)
        uow.session.flush()
        details = account_details(uow.session, account)
        uow.commit()
    return details


def make_main_contact(db: Database, base: AccountDetails, contact_id: int) -> AccountDetails:
    """Make ``contact_id`` the account's main contact (R1).

    The former main contact stays as an ordinary contact. Refused if the
    account changed since ``base`` was loaded, since the operator decided
    on what they saw.
    """
    with db.writing() as uow:
        account, main = load_for_update(uow.session, base.id)
        if account.version != base.version:
            raise ConflictError()
        row = _contact_of(uow.session.get(Contact, contact_id), account.id, contact_id)
        if row.is_main:
            return account_details(uow.session, account)
        # Two flushes in this order: the partial unique index allows at most
        # one main contact at any moment, even inside the transaction.
        main.is_main = False
        uow.session.flush()
        row.is_main = True
        account.updated_at = utcnow()
        uow.session.flush()
        details = account_details(uow.session, account)
        uow.commit()
    return details

"""Operator actions on an account's contacts (*Manage contacts*, R1–R4) and
their portal access and rights (R8–R16)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from custadmin.domain.accounts import AccountDetails, ContactInput, validate_contact
from custadmin.domain.errors import ConflictError, NotFoundError, RuleViolation
from custadmin.domain.mail import EmailCategory
from custadmin.domain.operators import Permission, require
from custadmin.domain.portal import RIGHT_LABELS, PortalAccessChange, validate_rights
from custadmin.services.accounts import (
    PREFERENCE_COLUMNS,
    account_details,
    apply_contact,
    load_for_update,
)
from custadmin.services.portal import (
    apply_portal_access,
    attach_login,
    check_new_password,
    contact_rights,
    drop_if_orphan,
    flush_logins,
    hash_new_password,
    read_portal_settings,
)
from custadmin.storage.database import Database
from custadmin.storage.schema import Contact, ContactRight, Login, utcnow


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
    portal: PortalAccessChange | None = None,
    confirmed_login_id: int | None = None,
) -> AccountDetails:
    """Add a contact (``contact_id`` None) or update one; returns the account.

    A new contact is only what the operator entered: no email preference is
    ticked unless they ticked it, and it has no rights and no portal access
    (R3). The phone is read with the account's country as default (R30).

    ``portal`` switches portal access and sets a new password (None leaves
    both alone). A new email, or portal access, for a user name that is
    already a login serving other accounts raises
    :class:`~custadmin.domain.errors.ConfirmationNeeded` listing them; the
    operator confirms by calling again with ``confirmed_login_id`` (R9). So
    does a new password for a shared login (R13).
    """
    require(db.actor, Permission.EDIT_ACCOUNTS)
    if portal is not None:
        require(db.actor, Permission.PORTAL_ACCESS)
    # Hashing is slow by design: do it before taking the write lock. The
    # strength check runs first, on the values the contact will have.
    password_hash = None
    if portal is not None and portal.new_password:
        probe = Contact(first_name=data.first_name, last_name=data.last_name,
                        organisation_name=data.organisation_name, email=data.email)
        check_new_password(portal.new_password, probe)
        password_hash = hash_new_password(portal)
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
        if portal is not None:
            apply_portal_access(uow.session, row, portal, password_hash, confirmed_login_id)
        elif row.login_id is not None:
            attach_login(uow.session, row, confirmed_login_id)
        if row.is_main and uow.session.is_modified(row):
            # The account's version covers its main contact (as in
            # update_account_details), so decisions made on the old main
            # contact conflict.
            account.updated_at = utcnow()
        flush_logins(uow.session)
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
    require(db.actor, Permission.EDIT_ACCOUNTS)
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
        login = uow.session.get(Login, row.login_id) if row.login_id is not None else None
        uow.session.delete(row)
        # A login this contact alone used goes with it, hash and all.
        drop_if_orphan(uow.session, login)
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
    require(db.actor, Permission.EDIT_ACCOUNTS)
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


# --- rights (the Internet tab) ----------------------------------------------------


def save_rights(
    db: Database, account_id: int, changes: Mapping[int, tuple[int, frozenset[str]]]
) -> AccountDetails:
    """Save the rights ticked per portal user: ``{contact_id: (version, rights)}`` (R16).

    The main contact holds every right and has none to tick. A right that is
    off system-wide cannot be newly ticked (it would do nothing); one ticked
    before stays as it was.
    """
    require(db.actor, Permission.PORTAL_ACCESS)
    with db.writing() as uow:
        session = uow.session
        account, _main = load_for_update(session, account_id)
        settings = read_portal_settings(session)
        current = contact_rights(session, list(changes))
        for contact_id, (version, wanted) in changes.items():
            row = session.get(Contact, contact_id)
            if row is None or row.account_id != account.id:
                raise NotFoundError(f"Contact {contact_id} is not on this account (any more).")
            if row.version != version:
                raise ConflictError(
                    "This contact's portal access was changed by someone else since you "
                    "opened it.")
            wanted = validate_rights(wanted)
            have = current.get(contact_id, frozenset())
            if wanted == have:
                continue
            if row.is_main:
                raise RuleViolation("The main contact holds every right; there is nothing "
                                    "to tick.")
            if not row.portal_access:
                raise RuleViolation(f"{row.first_name} {row.last_name} has no portal access.")
            newly_off = (wanted - have) - settings.offered
            if newly_off:
                raise RuleViolation(
                    "Off system-wide, so ticking it would do nothing: "
                    + ", ".join(RIGHT_LABELS[k] for k in sorted(newly_off)))
            # Through the ORM, one by one: the audit trail records each.
            for right in session.scalars(select(ContactRight).where(
                    ContactRight.contact_id == contact_id,
                    ContactRight.right_key.in_(have - wanted))):
                session.delete(right)
            for key in sorted(wanted - have):
                session.add(ContactRight(contact_id=contact_id, right_key=key))
            # The rights are part of the contact: its version moves with them.
            row.updated_at = utcnow()
        session.flush()
        details = account_details(session, account)
        uow.commit()
    return details

"""Operator actions on an account's contacts (*Manage contacts*, R1–R4) and
their portal access and rights (R8–R16)."""

from __future__ import annotations

from collections.abc import Mapping

from custadmin.domain.accounts import AccountDetails, ContactChange, validate_contact
from custadmin.domain.errors import ConflictError, RuleViolation
from custadmin.domain.messages import Message, comma_list
from custadmin.domain.operators import Permission, require
from custadmin.domain.portal import RIGHT_LABELS, validate_rights
from custadmin.domain.versions import VersionToken
from custadmin.services.portal import check_new_password, hash_new_password
from custadmin.services.workspace import Workspace
from custadmin.storage.accounts import apply_contact, set_categories
from custadmin.storage.schema import Contact, utcnow


def save_contact(
    ws: Workspace,
    account_id: int,
    loaded: VersionToken | None,
    change: ContactChange,
    confirmed_login_id: int | None = None,
    invoice_of: VersionToken | None = None,
) -> AccountDetails:
    """Add a contact (``loaded`` None) or update the one ``loaded`` names; returns the account.

    With ``invoice_of`` (the account as the operator loaded it) the contact
    also becomes the account's invoice contact, in the same save: a billing
    contact in one step (R5). Refused as a conflict if the account changed
    since, as any change of *My details* is.

    A new contact is only what the operator entered: no email preference is
    ticked unless they ticked it, and it has no rights and no portal access
    (R3). The phone is read with the account's country as default (R30).

    ``change.portal`` switches portal access and sets a new password (None
    leaves both alone). A new email, or portal access, for a user name that
    is already a login serving other accounts raises
    :class:`~custadmin.domain.errors.ConfirmationNeeded` listing them; the
    operator confirms by calling again with ``confirmed_login_id`` (R9). So
    does a new password for a shared login (R13).
    """
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    portal, data = change.portal, change.data
    if portal is not None:
        require(ws.actor, Permission.PORTAL_ACCESS)
    # Hashing is slow by design: do it before taking the write lock. The
    # strength check runs first, on the values the contact will have.
    password_hash = None
    if portal is not None and portal.new_password:
        check_new_password(portal.new_password, data)
        password_hash = hash_new_password(portal)
    with ws.writing() as uow:
        uow.on_conflict(lambda fresh: fresh.accounts.details_of(account_id))
        account, _main = uow.accounts.with_main_contact(account_id)
        if invoice_of is not None and account.version != invoice_of.version:
            raise ConflictError(Message("conflict.account"),
                                current=uow.accounts.details(account))
        valid = validate_contact(data, account.country)
        if loaded is None:
            row = Contact(account_id=account.id, is_main=False)
            uow.session.add(row)
        else:
            row = uow.accounts.contact_on(account, loaded.id)
            if row.version != loaded.version:
                raise ConflictError(Message("conflict.contact"),
                                    current=uow.accounts.details(account))
        apply_contact(row, valid)
        set_categories(row, change.categories)
        if portal is not None:
            # A login changed meanwhile is a conflict raised without the
            # record: on_conflict above reads the account as stored.
            uow.logins.apply_portal_access(row, portal, password_hash, confirmed_login_id)
        elif row.login_id is not None:
            uow.logins.attach(row, confirmed_login_id)
        if invoice_of is not None and not row.is_main:
            uow.session.flush()  # a new contact needs its id
            account.invoice_contact_id = row.id
        if row.is_main and uow.session.is_modified(row):
            # The account's version covers its main contact (as in
            # update_account_details), so decisions made on the old main
            # contact conflict.
            account.updated_at = utcnow()
        uow.logins.flush()
        details = uow.accounts.details(account)
        uow.commit()
    return details


def delete_contact(ws: Workspace, account_id: int, loaded: VersionToken) -> AccountDetails:
    """Delete a contact; the main contact cannot be deleted (R1).

    Deleting the invoice contact makes the invoice fall back to the main
    contact (R5).
    """
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        uow.on_conflict(lambda fresh: fresh.accounts.details_of(account_id))
        account, _main = uow.accounts.with_main_contact(account_id)
        row = uow.accounts.contact_on(account, loaded.id)
        if row.is_main:
            raise RuleViolation(Message("contact.main_cannot_be_deleted"))
        if row.version != loaded.version:
            raise ConflictError(Message("conflict.contact"),
                                current=uow.accounts.details(account))
        if account.invoice_contact_id == row.id:
            account.invoice_contact_id = None
        login = uow.logins.by_id(row.login_id) if row.login_id is not None else None
        uow.session.delete(row)
        # A login this contact alone used goes with it, hash and all.
        uow.logins.drop_if_orphan(login)
        uow.session.flush()
        details = uow.accounts.details(account)
        uow.commit()
    return details


def make_main_contact(ws: Workspace, loaded: VersionToken, contact_id: int) -> AccountDetails:
    """Make ``contact_id`` the main contact (R1) of the account ``loaded`` names.

    The former main contact stays as an ordinary contact. Refused if the
    account changed since it was loaded, since the operator decided on what
    they saw.
    """
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        uow.on_conflict(lambda fresh: fresh.accounts.details_of(loaded.id))
        account, main = uow.accounts.with_main_contact(loaded.id)
        if account.version != loaded.version:
            raise ConflictError(current=uow.accounts.details(account))
        row = uow.accounts.contact_on(account, contact_id)
        if row.is_main:
            return uow.accounts.details(account)
        # Two flushes in this order: the partial unique index allows at most
        # one main contact at any moment, even inside the transaction.
        main.is_main = False
        uow.session.flush()
        row.is_main = True
        account.updated_at = utcnow()
        uow.session.flush()
        details = uow.accounts.details(account)
        uow.commit()
    return details


# --- rights (the Internet tab) ----------------------------------------------------


def save_rights(
    ws: Workspace, account_id: int, changes: Mapping[VersionToken, frozenset[str]]
) -> AccountDetails:
    """Save the rights ticked per portal user, each keyed by the contact as loaded (R16).

    The main contact holds every right and has none to tick. A right that is
    off system-wide cannot be newly ticked (it would do nothing); one ticked
    before stays as it was.
    """
    require(ws.actor, Permission.PORTAL_ACCESS)
    with ws.writing() as uow:
        uow.on_conflict(lambda fresh: fresh.accounts.details_of(account_id))
        session = uow.session
        account, _main = uow.accounts.with_main_contact(account_id)
        settings = uow.logins.portal_settings()
        current = uow.logins.rights([loaded.id for loaded in changes])
        for loaded, wanted in changes.items():
            row = uow.accounts.contact_on(account, loaded.id)
            if row.version != loaded.version:
                raise ConflictError(Message("conflict.contact_portal_access"),
                                    current=uow.accounts.details(account))
            wanted = validate_rights(wanted)
            have = current.get(loaded.id, frozenset())
            if wanted == have:
                continue
            if row.is_main:
                raise RuleViolation(Message("rights.main_contact_holds_all"))
            if not row.portal_access:
                raise RuleViolation(Message("rights.no_portal_access",
                                            name=f"{row.first_name} {row.last_name}"))
            newly_off = (wanted - have) - settings.offered
            if newly_off:
                raise RuleViolation(Message(
                    "rights.off_system_wide",
                    rights=comma_list([RIGHT_LABELS[k] for k in sorted(newly_off)])))
            uow.logins.set_rights(loaded.id, have, wanted)
            # The rights are part of the contact: its version moves with them.
            row.updated_at = utcnow()
        session.flush()
        details = uow.accounts.details(account)
        uow.commit()
    return details

"""Operator actions on customer accounts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from custadmin.domain.accounts import (
    AccountDetails,
    AccountInput,
    AccountRow,
    AccountRows,
    ContactInput,
    ContactRow,
    InvoiceSettings,
    NewAccount,
    validate_new_account,
)
from custadmin.domain.errors import ConflictError, ValidationError
from custadmin.domain.messages import Message
from custadmin.domain.operators import Permission, require
from custadmin.domain.versions import VersionToken
from custadmin.services.workspace import Workspace
from custadmin.storage.accounts import apply_contact
from custadmin.storage.database import UnitOfWork
from custadmin.storage.schema import Account, Contact, utcnow


def create_account(ws: Workspace, data: NewAccount) -> AccountDetails:
    """Create an account with its main contact (R1); the app assigns the number."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        account = insert_account(uow, data)
        details = uow.accounts.details(account)
        uow.commit()
    return details


def insert_account(uow: UnitOfWork, data: NewAccount) -> Account:
    """Validate and add an account with its main contact in ``uow`` (flushed, not
    committed): the one way an account is created, alone or with a bureau's link."""
    account_data, contact_data = validate_new_account(data)
    account = Account(
        customer_number=uow.accounts.reserve_customer_numbers(1),
        name=account_data.name,
        country=account_data.country.value,
        org_number=account_data.org_number,
        peppol_id=account_data.peppol_id,
        service_type=account_data.service_type.value if account_data.service_type else None,
    )
    main = Contact(is_main=True)
    apply_contact(main, contact_data)
    account.contacts.append(main)
    uow.session.add(account)
    uow.session.flush()
    return account


def load_account(ws: Workspace, account_id: int) -> AccountDetails:
    with ws.reading() as uow:
        account, _main = uow.accounts.with_main_contact(account_id)
        return uow.accounts.details(account)


def update_account_details(
    ws: Workspace,
    loaded: VersionToken,
    account_input: AccountInput,
    contact_input: ContactInput,
    invoice: InvoiceSettings | None = None,
    confirmed_login_id: int | None = None,
) -> AccountDetails:
    """Save *My details*: the account's fields, its main contact's, and the
    invoice settings (``None`` leaves them as they are).

    ``loaded`` is the version the operator started from. If the stored
    account or its main contact changed since, the save is refused with the
    account as it is now (:class:`ConflictError`), never merged or
    overwritten silently.

    A new email for a main contact with a portal login moves it to the login
    of that user name (R9); see :meth:`custadmin.storage.logins.LoginRepository.attach`
    for when ``confirmed_login_id`` is needed.
    """
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    # Same rules and error keys as a new account's, so forms show them alike.
    valid_account, valid_contact = validate_new_account(NewAccount(account_input, contact_input))

    with ws.writing() as uow:
        uow.on_conflict(lambda fresh: fresh.accounts.details_of(loaded.id))
        account, main = uow.accounts.with_main_contact(loaded.id)
        current = uow.accounts.details(account)
        # The account's version moves with its main contact (see below), so
        # this one comparison covers both.
        if current.version != loaded.version:
            raise ConflictError(current=current)
        invoice = invoice or current.invoice_settings()
        if (
            account_input == current.as_input()
            and contact_input == current.main_contact.as_input()
            and invoice == current.invoice_settings()
        ):
            return current
        if invoice.invoice_contact_id is not None and current.contact(
            invoice.invoice_contact_id
        ) is None:
            raise ValidationError({"invoice_contact_id": Message("invoice_contact.not_on_account")})
        account.invoice_contact_id = invoice.invoice_contact_id
        account.payment_confirmations_main_only = invoice.payment_confirmations_main_only
        account.requires_einvoice = invoice.requires_einvoice
        account.peppol_id = valid_account.peppol_id
        account.name = valid_account.name
        account.country = valid_account.country.value
        account.org_number = valid_account.org_number
        account.service_type = (valid_account.service_type.value
                                if valid_account.service_type else None)
        apply_contact(main, valid_contact)
        if main.login_id is not None:
            uow.logins.attach(main, confirmed_login_id)
        if uow.session.is_modified(main):
            # The account's version covers its main contact too, so a change
            # to either one conflicts with a concurrent edit of the other.
            account.updated_at = utcnow()
        uow.logins.flush()
        details = uow.accounts.details(account)
        uow.commit()
    return details


def count_accounts(ws: Workspace) -> int:
    with ws.reading() as uow:
        return uow.accounts.count()


def _batched(items: Iterable[NewAccount], size: int) -> Iterator[list[NewAccount]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclasses.dataclass(frozen=True, slots=True)
class BulkResult:
    created: int
    rejected: dict[int, dict[str, str]]


def bulk_create_accounts(
    ws: Workspace,
    accounts: Iterable[NewAccount],
    *,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> BulkResult:
    """Create many accounts in ONE transaction (demo data; see ``AccountRepository.add_many``).

    Every record is validated with the same rules as :func:`create_account`;
    invalid ones are reported by their 0-based position and nothing of them is
    written. Either every valid record is stored or, on any database error,
    none is.
    """
    require(ws.actor, Permission.IMPORT)
    created = 0
    rejected: dict[int, dict[str, str]] = {}
    position = 0
    with ws.writing() as uow:
        with uow.accounts.add_many() as add:
            for batch in _batched(accounts, batch_size):
                valid: list[AccountRows] = []
                for item in batch:
                    try:
                        account, contact = validate_new_account(item)
                    except ValidationError as exc:
                        rejected[position] = exc.errors
                    else:
                        valid.append(AccountRows(AccountRow.of(account),
                                                 (ContactRow.of(contact),)))
                    position += 1
                created += len(add(valid))
                if progress is not None and valid:
                    progress(position)
        # The search triggers are back (add_many): now the whole lot is stored.
        uow.commit()
    return BulkResult(created=created, rejected=rejected)


def delete_account(ws: Workspace, loaded: VersionToken) -> None:
    """Delete an account with its contacts and their rights (administrators only).

    Refused if the account changed since ``loaded``. Logins that only this
    account's contacts used go with them (hash and all); a login shared with
    another account stays. Every row is deleted through the ORM, so the
    audit trail records each.
    """
    require(ws.actor, Permission.DELETE_ACCOUNTS)
    with ws.writing() as uow:
        uow.on_conflict(lambda fresh: fresh.accounts.details_of(loaded.id))
        session = uow.session
        account, _main = uow.accounts.with_main_contact(loaded.id)
        if account.version != loaded.version:
            raise ConflictError(Message("conflict.account"),
                                current=uow.accounts.details(account))
        contacts = uow.accounts.contacts_of(account)
        logins = {c.login_id for c in contacts if c.login_id is not None}
        account.invoice_contact_id = None
        session.flush()
        for contact in contacts:
            session.delete(contact)
        session.flush()
        session.delete(account)
        for login_id in sorted(logins):
            uow.logins.drop_if_orphan(uow.logins.by_id(login_id))
        session.flush()
        uow.commit()

"""Operator actions on customer accounts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from custadmin.domain.accounts import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    AccountDetails,
    AccountInput,
    ContactDetails,
    ContactInput,
    InvoiceSettings,
    NewAccount,
    ValidAccount,
    ValidContact,
    validate_new_account,
)
from custadmin.domain.errors import ConflictError, NotFoundError, ValidationError
from custadmin.domain.mail import EmailCategory
from custadmin.domain.operators import Permission, require
from custadmin.domain.portal import LoginInfo
from custadmin.domain.text import fold
from custadmin.services.portal import (
    attach_login,
    contact_rights,
    drop_if_orphan,
    flush_logins,
    login_infos,
    read_portal_settings,
)
from custadmin.storage import audit, bulk, search_index
from custadmin.storage.database import Database
from custadmin.storage.schema import (
    CUSTOMER_NUMBER_COUNTER,
    Account,
    Contact,
    Counter,
    Login,
    utcnow,
)


def _reserve_customer_numbers(session: Session, count: int) -> int:
    """First of ``count`` fresh customer numbers.

    One UPDATE … RETURNING on a counter row: the row lock (PostgreSQL) or the
    write lock taken at BEGIN IMMEDIATE (SQLite) keeps two operators from
    drawing the same number.
    """
    last = session.execute(
        update(Counter)
        .where(Counter.name == CUSTOMER_NUMBER_COUNTER)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    ).scalar_one()
    return int(last) - count + 1


#: Email preference category -> contact column.
PREFERENCE_COLUMNS: dict[EmailCategory, str] = {
    category: f"mail_{category.value}" for category in EmailCategory
}


def contact_details(
    row: Contact, rights: frozenset[str] = frozenset(), login: LoginInfo | None = None
) -> ContactDetails:
    return ContactDetails(
        id=row.id, version=row.version, is_main=row.is_main,
        **{name: getattr(row, name) for name in CONTACT_FIELDS},
        email_categories=frozenset(
            category for category, column in PREFERENCE_COLUMNS.items() if getattr(row, column)
        ),
        portal_access=row.portal_access, rights=rights, login=login,
    )


def account_details(session: Session, account: Account) -> AccountDetails:
    """The account with every contact, main contact first, read in ``session``."""
    rows = session.scalars(
        select(Contact)
        .where(Contact.account_id == account.id)
        .order_by(Contact.is_main.desc(), Contact.name_key, Contact.id)
    ).all()
    rights = contact_rights(session, [row.id for row in rows])
    logins = login_infos(session, [row.login_id for row in rows if row.login_id is not None])
    contacts = tuple(
        contact_details(row, rights.get(row.id, frozenset()),
                        logins.get(row.login_id) if row.login_id is not None else None)
        for row in rows
    )
    return AccountDetails(
        id=account.id,
        version=account.version,
        customer_number=account.customer_number,
        name=account.name,
        country=account.country,
        org_number=account.org_number,
        created_at=account.created_at,
        updated_at=account.updated_at,
        main_contact=next(c for c in contacts if c.is_main),
        contacts=contacts,
        peppol_id=account.peppol_id,
        invoice_contact_id=account.invoice_contact_id,
        payment_confirmations_main_only=account.payment_confirmations_main_only,
        service_type=account.service_type or "",
        portal_settings=read_portal_settings(session),
    )


def apply_contact(row: Contact, contact: ValidContact) -> None:
    for name in CONTACT_FIELDS:
        setattr(row, name, getattr(contact, name))
    row.email_key = contact.email_key
    row.name_key = fold(f"{contact.first_name} {contact.last_name}")


def load_for_update(session: Session, account_id: int) -> tuple[Account, Contact]:
    row = session.execute(
        select(Account, Contact)
        .join(Contact, (Contact.account_id == Account.id) & Contact.is_main)
        .where(Account.id == account_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"Customer account {account_id} does not exist (any more).")
    return row[0], row[1]


def create_account(db: Database, data: NewAccount) -> AccountDetails:
    """Create an account with its main contact (R1); the app assigns the number."""
    require(db.actor, Permission.EDIT_ACCOUNTS)
    account_data, contact_data = validate_new_account(data)
    with db.writing() as uow:
        account = Account(
            customer_number=_reserve_customer_numbers(uow.session, 1),
            name=account_data.name,
            name_key=fold(account_data.name),
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
        details = account_details(uow.session, account)
        uow.commit()
    return details


def load_account(db: Database, account_id: int) -> AccountDetails:
    with db.reading() as uow:
        account, _main = load_for_update(uow.session, account_id)
        return account_details(uow.session, account)


def differences(
    base: AccountDetails, current: AccountDetails
) -> dict[str, tuple[object, object]]:
    """What changed between two snapshots, by the form's field keys."""
    diffs: dict[str, tuple[object, object]] = {}
    for name in (*ACCOUNT_FIELDS, "invoice_contact_id", "payment_confirmations_main_only"):
        before, now = getattr(base, name), getattr(current, name)
        if before != now:
            diffs[name] = (before, now)
    for name in CONTACT_FIELDS:
        before, now = getattr(base.main_contact, name), getattr(current.main_contact, name)
        if before != now:
            diffs[f"main_contact.{name}"] = (before, now)
    return diffs


def update_account_details(
    db: Database,
    base: AccountDetails,
    account_input: AccountInput,
    contact_input: ContactInput,
    invoice: InvoiceSettings | None = None,
    confirmed_login_id: int | None = None,
) -> AccountDetails:
    """Save *My details*: the account's fields, its main contact's, and the
    invoice settings (``None`` leaves them as they are).

    ``base`` is what the operator loaded. If the stored account or its main
    contact changed since, the save is refused with the differences, never
    merged or overwritten silently.

    A new email for a main contact with a portal login moves it to the login
    of that user name (R9); see :func:`custadmin.services.portal.attach_login`
    for when ``confirmed_login_id`` is needed.
    """
    require(db.actor, Permission.EDIT_ACCOUNTS)
    # Same rules and error keys as a new account's, so forms show them alike.
    valid_account, valid_contact = validate_new_account(NewAccount(account_input, contact_input))

    with db.writing() as uow:
        account, main = load_for_update(uow.session, base.id)
        current = account_details(uow.session, account)
        if (current.version, current.main_contact.id, current.main_contact.version) != (
            base.version, base.main_contact.id, base.main_contact.version,
        ):
            raise ConflictError(differences=differences(base, current))
        invoice = invoice or base.invoice_settings()
        if (
            account_input == base.as_input()
            and contact_input == base.main_contact.as_input()
            and invoice == base.invoice_settings()
        ):
            return current
        if invoice.invoice_contact_id is not None and current.contact(
            invoice.invoice_contact_id
        ) is None:
            raise ValidationError({"invoice_contact_id": "Pick one of this account's contacts."})
        account.invoice_contact_id = invoice.invoice_contact_id
        account.payment_confirmations_main_only = invoice.payment_confirmations_main_only
        account.peppol_id = valid_account.peppol_id
        account.name = valid_account.name
        account.name_key = fold(valid_account.name)
        account.country = valid_account.country.value
        account.org_number = valid_account.org_number
        account.service_type = (valid_account.service_type.value
                                if valid_account.service_type else None)
        apply_contact(main, valid_contact)
        if main.login_id is not None:
            attach_login(uow.session, main, confirmed_login_id)
        if uow.session.is_modified(main):
            # The account's version covers its main contact too, so a change
            # to either one conflicts with a concurrent edit of the other.
            account.updated_at = utcnow()
        flush_logins(uow.session)
        details = account_details(uow.session, account)
        uow.commit()
    return details


def count_accounts(db: Database) -> int:
    with db.reading() as uow:
        return int(uow.session.execute(select(func.count()).select_from(Account)).scalar_one())


def _batched(items: Iterable[NewAccount], size: int) -> Iterator[list[NewAccount]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclasses.dataclass(frozen=True, slots=True)
class BulkResult:
    created: int
    rejected: dict[int, dict[str, str]]


def bulk_create_accounts(
    db: Database,
    accounts: Iterable[NewAccount],
    *,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> BulkResult:
    """Create many accounts in ONE transaction through batched inserts (storage.bulk).

    Every record is validated with the same rules as :func:`create_account`;
    invalid ones are reported by their 0-based position and nothing of them is
    written. Either every valid record is stored or, on any database error,
    none is.
    """
    require(db.actor, Permission.IMPORT)
    now = utcnow()
    created = 0
    rejected: dict[int, dict[str, str]] = {}
    position = 0
    account_table = cast(Table, Account.__table__)
    contact_table = cast(Table, Contact.__table__)
    with db.writing() as uow:
        with search_index.bulk_rows(uow.session) as index_rows:
            session = uow.session
            for batch in _batched(accounts, batch_size):
                valid: list[tuple[ValidAccount, ValidContact]] = []
                for item in batch:
                    try:
                        valid.append(validate_new_account(item))
                    except ValidationError as exc:
                        rejected[position] = exc.errors
                    position += 1
                if not valid:
                    continue
                first_number = _reserve_customer_numbers(session, len(valid))
                numbers = range(first_number, first_number + len(valid))
                bulk.insert_rows(
                    session, account_table,
                    ("customer_number", "name", "name_key", "country", "org_number",
                     "peppol_id", "service_type"),
                    ((number, a.name, fold(a.name), a.country.value, a.org_number, a.peppol_id,
                      a.service_type.value if a.service_type else None)
                     for number, (a, _c) in zip(numbers, valid, strict=True)),
                    {"created_at": now, "updated_at": now, "version": 1})
                ids = dict(
                    session.execute(
                        select(Account.customer_number, Account.id).where(
                            Account.customer_number.between(numbers[0], numbers[-1])
                        )
                    ).all()
                )
                bulk.insert_rows(
                    session, contact_table,
                    ("account_id", *CONTACT_FIELDS, "email_key", "name_key"),
                    ((ids[number], *(getattr(c, name) for name in CONTACT_FIELDS), c.email_key,
                      fold(f"{c.first_name} {c.last_name}"))
                     for number, (_a, c) in zip(numbers, valid, strict=True)),
                    {"is_main": True, "created_at": now, "updated_at": now, "version": 1})
                new_ids = [ids[number] for number in numbers]
                # Bulk inserts pass no flush hook: their audit entries are written here.
                audit.record_inserted(session, account_table, account_table.c.id.in_(new_ids),
                                      account_table.c.id)
                audit.record_inserted(session, contact_table,
                                      contact_table.c.account_id.in_(new_ids),
                                      contact_table.c.account_id)
                index_rows(new_ids, True)
                created += len(valid)
                if progress is not None:
                    progress(position)
        # The search triggers are back (bulk_rows): now the whole lot is stored.
        uow.commit()
    return BulkResult(created=created, rejected=rejected)


def delete_account(db: Database, base: AccountDetails) -> None:
    """Delete an account with its contacts and their rights (administrators only).

    Refused if the account changed since ``base`` was read. Logins that only
    this account's contacts used go with them (hash and all); a login shared
    with another account stays. Every row is deleted through the ORM, so the
    audit trail records each.
    """
    require(db.actor, Permission.DELETE_ACCOUNTS)
    with db.writing() as uow:
        session = uow.session
        account, _main = load_for_update(session, base.id)
        if account.version != base.version:
            raise ConflictError("This account was changed by someone else since you opened it.")
        contacts = list(session.scalars(select(Contact).where(Contact.account_id == account.id)))
        logins = {c.login_id for c in contacts if c.login_id is not None}
        account.invoice_contact_id = None
        session.flush()
        for contact in contacts:
            session.delete(contact)
        session.flush()
        session.delete(account)
        for login_id in sorted(logins):
            drop_if_orphan(session, session.get(Login, login_id))
        session.flush()
        uow.commit()

"""Operator actions on customer accounts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from custadmin.domain.accounts import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    AccountDetails,
    AccountInput,
    ContactDetails,
    ContactInput,
    NewAccount,
    ValidAccount,
    ValidContact,
    validate_new_account,
)
from custadmin.domain.errors import ConflictError, NotFoundError, ValidationError
from custadmin.domain.text import fold
from custadmin.storage.database import Database
from custadmin.storage.schema import CUSTOMER_NUMBER_COUNTER, Account, Contact, Counter, utcnow


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


def _contact_details(row: Contact) -> ContactDetails:
    return ContactDetails(
        id=row.id, version=row.version, is_main=row.is_main,
        **{name: getattr(row, name) for name in CONTACT_FIELDS},
    )


def _account_details(account: Account, main: Contact) -> AccountDetails:
    return AccountDetails(
        id=account.id,
        version=account.version,
        customer_number=account.customer_number,
        name=account.name,
        country=account.country,
        org_number=account.org_number,
        created_at=account.created_at,
        updated_at=account.updated_at,
        main_contact=_contact_details(main),
    )


def _apply_contact(row: Contact, contact: ValidContact) -> None:
    for name in CONTACT_FIELDS:
        setattr(row, name, getattr(contact, name))
    row.email_key = contact.email_key
    row.name_key = fold(f"{contact.first_name} {contact.last_name}")


def _load(session: Session, account_id: int) -> tuple[Account, Contact]:
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
    account_data, contact_data = validate_new_account(data)
    with db.writing() as uow:
        account = Account(
            customer_number=_reserve_customer_numbers(uow.session, 1),
            name=account_data.name,
            name_key=fold(account_data.name),
            country=account_data.country.value,
            org_number=account_data.org_number,
        )
        main = Contact(is_main=True)
        _apply_contact(main, contact_data)
        account.contacts.append(main)
        uow.session.add(account)
        uow.session.flush()
        details = _account_details(account, main)
        uow.commit()
    return details


def load_account(db: Database, account_id: int) -> AccountDetails:
    with db.reading() as uow:
        return _account_details(*_load(uow.session, account_id))


def _differences(
    base: AccountDetails, current: AccountDetails
) -> dict[str, tuple[object, object]]:
    diffs: dict[str, tuple[object, object]] = {}
    for name in ACCOUNT_FIELDS:
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
) -> AccountDetails:
    """Save *My details*: the account's fields and its main contact's.

    ``base`` is what the operator loaded. If the stored account or its main
    contact changed since, the save is refused with the differences, never
    merged or overwritten silently.
    """
    # Same rules and error keys as a new account's, so forms show them alike.
    valid_account, valid_contact = validate_new_account(NewAccount(account_input, contact_input))

    with db.writing() as uow:
        account, main = _load(uow.session, base.id)
        current = _account_details(account, main)
        if (current.version, current.main_contact.id, current.main_contact.version) != (
            base.version, base.main_contact.id, base.main_contact.version,
        ):
            raise ConflictError(differences=_differences(base, current))
        if (
            account_input == base.as_input() and contact_input == base.main_contact.as_input()
        ):
            return current
        account.name = valid_account.name
        account.name_key = fold(valid_account.name)
        account.country = valid_account.country.value
        account.org_number = valid_account.org_number
        _apply_contact(main, valid_contact)
        if uow.session.is_modified(main):
            # The account's version covers its main contact too, so a change
            # to either one conflicts with a concurrent edit of the other.
            account.updated_at = utcnow()
        uow.session.flush()
        details = _account_details(account, main)
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
    """Create many accounts in ONE transaction through Core inserts.

    Every record is validated with the same rules as :func:`create_account`;
    invalid ones are reported by their 0-based position and nothing of them is
    written. Either every valid record is stored or, on any database error,
    none is.
    """
    now = utcnow()
    created = 0
    rejected: dict[int, dict[str, str]] = {}
    position = 0
    with db.writing() as uow:
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
            account_rows = [
                {
                    "customer_number": number, "name": a.name, "name_key": fold(a.name),
                    "country": a.country.value, "org_number": a.org_number,
                    "created_at": now, "updated_at": now, "version": 1,
                }
                for number, (a, _c) in zip(numbers, valid, strict=True)
            ]
            session.execute(insert(Account), account_rows)
            ids = dict(
                session.execute(
                    select(Account.customer_number, Account.id).where(
                        Account.customer_number.between(numbers[0], numbers[-1])
                    )
                ).all()
            )
            contact_rows = [
                {
                    "account_id": ids[number], "is_main": True,
                    **{name: getattr(c, name) for name in CONTACT_FIELDS},
                    "email_key": c.email_key, "name_key": fold(f"{c.first_name} {c.last_name}"),
                    "created_at": now, "updated_at": now, "version": 1,
                }
                for number, (_a, c) in zip(numbers, valid, strict=True)
            ]
            session.execute(insert(Contact), contact_rows)
            created += len(valid)
            if progress is not None:
                progress(position)
        uow.commit()
    return BulkResult(created=created, rejected=rejected)

"""Accounts and their contacts: the reads and writes several services share.

Reading an account as the editor shows it (:meth:`AccountRepository.details`),
locating one to change, drawing customer numbers, and the one path that
writes many new accounts at once (imports and demo data alike,
:meth:`AccountRepository.add_many`), with their audit entries and search rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import cast

from sqlalchemy import Table, event, exists, func, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from custadmin.domain.accounts import (
    CONTACT_FIELDS,
    AccountDetails,
    AccountRow,
    AccountRows,
    ContactDetails,
    ContactRow,
    ValidContact,
)
from custadmin.domain.errors import NotFoundError
from custadmin.domain.mail import EmailCategory
from custadmin.domain.messages import Message
from custadmin.domain.portal import LoginInfo
from custadmin.storage import audit, bulk, search_index
from custadmin.storage.logins import LoginRepository
from custadmin.storage.schema import (
    CUSTOMER_NUMBER_COUNTER,
    Account,
    Contact,
    Counter,
    utcnow,
)

log = logging.getLogger(__name__)

#: Email preference category -> contact column.
PREFERENCE_COLUMNS: dict[EmailCategory, str] = {
    category: f"mail_{category.value}" for category in EmailCategory
}

# Core tables, not the ORM classes, for writing many rows: the ORM's bulk
# path cost a third more.
_ACCOUNT = cast(Table, Account.__table__)
_CONTACT = cast(Table, Contact.__table__)
#: R3: a contact written in bulk has no rights, receives no emails and has no
#: portal access, whatever the columns' defaults say.
_NO_RIGHTS = {**{column: False for column in PREFERENCE_COLUMNS.values()},
              "portal_access": False, "login_id": None}

#: Writes a batch of new accounts; returns their customer numbers, in order.
AddAccounts = Callable[[Sequence[AccountRows]], range]


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


def apply_contact(row: Contact, contact: ValidContact) -> None:
    """Put a validated contact's fields on ``row`` (and the keys derived from them)."""
    for name in CONTACT_FIELDS:
        setattr(row, name, getattr(contact, name))
    row.email_key = contact.email_key  # the name keys follow the names (schema.Contact)


def set_categories(row: Contact, categories: frozenset[EmailCategory]) -> None:
    for category, column in PREFERENCE_COLUMNS.items():
        setattr(row, column, category in categories)


#: Rows written at once above which the bulk path refreshes the planner's statistics.
ANALYZE_AFTER = 10_000


class AccountRepository:
    """Accounts and contacts, read and written in one unit of work's session."""

    def __init__(self, session: Session, logins: LoginRepository) -> None:
        self.session = session
        self.logins = logins

    # --- reading ----------------------------------------------------------------------

    def with_main_contact(self, account_id: int) -> tuple[Account, Contact]:
        """The account and its main contact, or :class:`NotFoundError`."""
        row = self.session.execute(
            select(Account, Contact)
            .join(Contact, (Contact.account_id == Account.id) & Contact.is_main)
            .where(Account.id == account_id)
        ).one_or_none()
        if row is None:
            raise NotFoundError(Message("account.not_found", account_id=account_id))
        return row[0], row[1]

    def details_of(self, account_id: int) -> AccountDetails:
        """The account ``account_id`` as the editor shows it, as stored now."""
        account, _main = self.with_main_contact(account_id)
        return self.details(account)

    def contact_on(self, account: Account, contact_id: int) -> Contact:
        """Contact ``contact_id`` of ``account``, or :class:`NotFoundError`."""
        row = self.session.get(Contact, contact_id)
        if row is None or row.account_id != account.id:
            raise NotFoundError(Message("contact.not_on_account", contact_id=contact_id))
        return row

    def contacts_of(self, account: Account) -> list[Contact]:
        return list(self.session.scalars(
            select(Contact).where(Contact.account_id == account.id)))

    def details(self, account: Account) -> AccountDetails:
        """The account with every contact, main contact first, as the editor shows it."""
        rows = self.session.scalars(
            select(Contact)
            .where(Contact.account_id == account.id)
            .order_by(Contact.is_main.desc(), Contact.name_key, Contact.id)
        ).all()
        rights = self.logins.rights([row.id for row in rows])
        logins = self.logins.infos(
            [row.login_id for row in rows if row.login_id is not None])
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
            requires_einvoice=account.requires_einvoice,
            service_type=account.service_type or "",
            portal_settings=self.logins.portal_settings(),
        )

    def count(self) -> int:
        return int(self.session.execute(
            select(func.count()).select_from(Account)).scalar_one())

    def any_stored(self) -> bool:
        """Whether the register holds any account at all."""
        return bool(self.session.execute(select(exists().where(Account.id.is_not(None))))
                    .scalar_one())

    def stored_org_numbers(self, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """(country, organisation number) -> customer number, for those already stored."""
        stored: dict[tuple[str, str], int] = {}
        numbers = sorted({org for _country, org in keys})
        for start in range(0, len(numbers), 500):
            rows = self.session.execute(
                select(Account.country, Account.org_number, Account.customer_number)
                .where(Account.org_number.in_(numbers[start:start + 500]))
            )
            for country, org, customer_number in rows:
                if (country, org) in keys:
                    stored.setdefault((country, org), int(customer_number))
        return stored

    # --- writing ----------------------------------------------------------------------

    def reserve_customer_numbers(self, count: int) -> int:
        """First of ``count`` fresh customer numbers.

        One UPDATE … RETURNING on a counter row: the row lock (PostgreSQL) or the
        write lock taken at BEGIN IMMEDIATE (SQLite) keeps two operators from
        drawing the same number.
        """
        last = self.session.execute(
            update(Counter)
            .where(Counter.name == CUSTOMER_NUMBER_COUNTER)
            .values(value=Counter.value + count)
            .returning(Counter.value)
        ).scalar_one()
        return int(last) - count + 1

    @contextmanager
    def add_many(self) -> Iterator[AddAccounts]:
        """Write many new accounts in this transaction, batch by batch.

        The one bulk path (imports and demo data): each batch gets fresh
        customer numbers, its rows go in through :func:`storage.bulk.insert_rows`
        with one audit entry per row, and the register's search rows are
        written per batch (:func:`storage.search_index.bulk_rows`). Leave the
        block before committing: that puts the search triggers back.
        """
        session = self.session
        now = utcnow()
        stamps = {"created_at": now, "updated_at": now, "version": 1}

        with (bulk.indexes_and_keys_built_after(session, bulk.ACCOUNT_TABLES),
              search_index.bulk_rows(session) as index_rows):
            def add(batch: Sequence[AccountRows]) -> range:
                if not batch:
                    return range(0)
                first = self.reserve_customer_numbers(len(batch))
                numbers = range(first, first + len(batch))
                bulk.insert_rows(
                    session, _ACCOUNT, ("customer_number", *AccountRow._fields),
                    ((number, a.name, a.name_key, a.sort_sv, a.sort_da, a.country,
                      a.org_number, a.peppol_id, a.service_type or None)
                     for number, a in zip(numbers, (p.account for p in batch), strict=True)),
                    {"payment_confirmations_main_only": False, **stamps})
                ids: dict[int, int] = {
                    number: account_id for number, account_id in session.execute(
                        select(Account.customer_number, Account.id)
                        .where(Account.customer_number.between(numbers[0], numbers[-1])))}
                bulk.insert_rows(
                    session, _CONTACT, (*ContactRow._fields, "account_id", "is_main"),
                    ((*contact, ids[number], position == 0)
                     for number, planned in zip(numbers, batch, strict=True)
                     for position, contact in enumerate(planned.contacts)),
                    {**_NO_RIGHTS, **stamps})
                new_ids = [ids[number] for number in numbers]
                # Bulk inserts pass no flush hook: their audit entries are written here.
                audit.record_inserted(session, _ACCOUNT,
                                      bulk.among(session, _ACCOUNT.c.id, new_ids), _ACCOUNT.c.id)
                audit.record_inserted(session, _CONTACT,
                                      bulk.among(session, _CONTACT.c.account_id, new_ids),
                                      _CONTACT.c.account_id)
                index_rows(new_ids, True)
                written[0] += len(new_ids)
                return numbers

            written = [0]
            yield add
        if written[0] >= ANALYZE_AFTER and session.connection().dialect.name == "postgresql":
            # A table that grew by this much has no statistics the planner can
            # use until autovacuum comes by (minutes; never, for a million rows
            # loaded at once and read at once): a search's contacts were read
            # by a sequential scan (180 ms) instead of their index (0.3 ms).
            # In this transaction, so the statistics commit with the rows.
            for table in _ANALYZED:
                session.execute(text(f"ANALYZE {table}"))
            event.listen(session, "after_commit", _vacuum_register, once=True)


#: The tables the register reads, refreshed after a bulk write: their statistics, and
#: the visibility map its index-only scans rely on (VACUUM).
_REGISTER_TABLES = ("account", "contact", search_index.TABLE)
#: The same tables, named apart so that a test can make the VACUUM alone fail.
_VACUUMED = _REGISTER_TABLES
#: Their statistics, and the audit trail's: without any, PostgreSQL took an
#: account's history (two entries of two million) for thousands of rows and
#: read it with parallel workers, 14-18 ms instead of 1-4 on each account opened.
_ANALYZED = (*_REGISTER_TABLES, "audit_entry")


def _vacuum_register(session: Session) -> None:
    """PostgreSQL, once a bulk write has committed: VACUUM the register's tables.

    An index-only scan reads the table's row too until VACUUM has marked its
    page all-visible, and a page written since has no such mark. After a
    million contacts were loaded, every ID of a contact sort took 2.0–2.6 s
    instead of 0.19–0.28 s until the next VACUUM, and autovacuum may come
    minutes later, or never where it is off. VACUUM cannot run in a
    transaction, hence after the commit, on a connection of its own; ~1 s per
    million rows. Only upkeep: the rows are stored whether it runs or not.
    """
    try:
        with session.get_bind().engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as conn:
            for table in _VACUUMED:
                conn.exec_driver_sql(f"VACUUM {table}")
    except SQLAlchemyError as exc:  # e.g. the statement time limit at many millions
        log.warning("VACUUM after a bulk write failed (autovacuum will do it): %s", exc)

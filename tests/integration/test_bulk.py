"""bulk_create_accounts: all valid rows or none, invalid ones reported by position."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from custadmin.domain.accounts import NewAccount
from custadmin.domain.register import RegisterQuery
from custadmin.services.accounts import (
    bulk_create_accounts,
    count_accounts,
    create_account,
    load_account,
    update_account_details,
)
from custadmin.services.register import register_rows, search_register
from custadmin.services.workspace import Workspace
from custadmin.storage.accounts import AccountRepository
from custadmin.storage.schema import FIRST_CUSTOMER_NUMBER, Account, Contact

NewAccountFactory = Callable[..., NewAccount]


def _counts(db: Workspace) -> tuple[int, int]:
    with db.reading() as uow:
        accounts = uow.session.execute(select(func.count()).select_from(Account)).scalar_one()
        contacts = uow.session.execute(select(func.count()).select_from(Contact)).scalar_one()
    return int(accounts), int(contacts)


def _numbers(db: Workspace) -> list[int]:
    with db.reading() as uow:
        return list(
            uow.session.execute(select(Account.customer_number).order_by(Account.id)).scalars()
        )


def test_valid_rows_stored_invalid_reported_by_position(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    first = create_account(db, new_account(name="Before AB"))
    items = [
        new_account(name="Bulk 0", phone="070-111 22 33"),
        new_account(name="", email="not-an-email"),  # 1: two errors
        new_account(name="Bulk 2", org_number="556036-0793"),
        new_account(name="Bulk 3", org_number="556036-0794"),  # 3: bad org number
        new_account(name="Bulk 4", country="DK", phone="20 12 34 56", postcode="2100"),
    ]
    result = bulk_create_accounts(db, items, batch_size=2)

    assert result.created == 3
    assert set(result.rejected) == {1, 3}
    assert set(result.rejected[1]) == {"name", "main_contact.email"}
    assert set(result.rejected[3]) == {"org_number"}
    assert all(result.rejected[1].values())

    assert _counts(db) == (4, 4)
    numbers = _numbers(db)
    assert numbers[0] == first.customer_number == FIRST_CUSTOMER_NUMBER
    assert numbers == sorted(set(numbers))
    assert numbers[1:] == [FIRST_CUSTOMER_NUMBER + 1 + i for i in range(3)]
    # create_account keeps counting after the bulk import.
    after = create_account(db, new_account(name="After AB"))
    assert after.customer_number == numbers[-1] + 1


def test_bulk_rows_are_complete_accounts(db: Workspace, new_account: NewAccountFactory) -> None:
    bulk_create_accounts(
        db,
        [new_account(name="Østergaard ApS", country="DK", org_number="13585628",
                     phone="20 12 34 56", postcode="2100", email="Lars@Oster.DK")],
    )
    (account_id,) = search_register(db, RegisterQuery("ØSTER"))
    loaded = load_account(db, account_id)
    assert loaded.org_number == "13585628"
    assert loaded.main_contact.is_main
    assert loaded.main_contact.phone == "+4520123456"
    assert loaded.main_contact.email == "Lars@oster.dk"
    assert loaded.main_contact.postcode == "2100"
    assert loaded.created_at.tzinfo is not None
    (row,) = register_rows(db, [account_id])
    assert row.phone == "20 12 34 56"
    # Bulk rows carry a proper version: they can be edited like any other.
    changed = dataclasses.replace(loaded.as_input(), name="Østergaard & Co ApS")
    saved = update_account_details(db, loaded.token, changed, loaded.main_contact.as_input())
    assert saved.version > loaded.version
    assert search_register(db, RegisterQuery("østergaard & co")).tolist() == [account_id]


def test_progress_reports_positions(db: Workspace, new_account: NewAccountFactory) -> None:
    seen: list[int] = []
    result = bulk_create_accounts(
        db, (new_account(name=f"Kund {i}") for i in range(5)), batch_size=2,
        progress=seen.append,
    )
    assert result.created == 5
    assert seen == [2, 4, 5]
    assert _counts(db) == (5, 5)


def test_all_invalid_creates_nothing(db: Workspace, new_account: NewAccountFactory) -> None:
    result = bulk_create_accounts(db, [new_account(name=""), new_account(phone="1")])
    assert result.created == 0
    assert set(result.rejected) == {0, 1}
    assert _counts(db) == (0, 0)


def test_error_from_the_input_half_way_leaves_nothing(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    def rows() -> Iterator[NewAccount]:
        for i in range(4):  # two full batches are written before the failure
            yield new_account(name=f"Kund {i}")
        raise OSError("the import file went away")

    with pytest.raises(OSError, match="went away"):
        bulk_create_accounts(db, rows(), batch_size=2)
    assert _counts(db) == (0, 0)
    # The customer-number counter was rolled back too.
    assert create_account(db, new_account()).customer_number == FIRST_CUSTOMER_NUMBER


def test_database_error_in_second_batch_leaves_nothing(
    db: Workspace, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = create_account(db, new_account(name="Before AB"))
    real = AccountRepository.reserve_customer_numbers
    calls: list[int] = []

    def clashing(repository: AccountRepository, count: int) -> int:
        first = real(repository, count)
        calls.append(first)
        # The second batch is handed numbers the first batch already used:
        # the unique constraint on customer_number fails inside the database.
        return calls[0] if len(calls) == 2 else first

    monkeypatch.setattr(AccountRepository, "reserve_customer_numbers", clashing)
    with pytest.raises(IntegrityError):
        bulk_create_accounts(db, [new_account(name=f"Kund {i}") for i in range(4)], batch_size=2)
    monkeypatch.undo()

    assert len(calls) == 2  # the failure really came half-way
    assert _counts(db) == (1, 1)
    assert count_accounts(db) == 1
    assert create_account(db, new_account()).customer_number == before.customer_number + 1

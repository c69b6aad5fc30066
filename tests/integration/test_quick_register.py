"""The start-up register (stdlib sqlite3) answers exactly as the full one does."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete

from custadmin.domain.accounts import AccountInput, NewAccount
from custadmin.domain.errors import StorageError
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.services import register as register_service
from custadmin.services.accounts import bulk_create_accounts, create_account
from custadmin.services.demo import generate_demo_accounts
from custadmin.services.register import DatabaseRegister
from custadmin.services.register_source import SearchCancel, SearchCancelled
from custadmin.services.workspace import Workspace
from custadmin.storage import quick_register
from custadmin.storage.embedded import PACKAGED_HEAD
from custadmin.storage.quick_register import (
    QuickRegister,
    open_quick_register,
    quick_sqlite_path,
)
from custadmin.storage.schema import Account
from factories import open_workspace

ACCOUNTS = 150


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    path = tmp_path / "register.sqlite3"
    db = open_workspace(str(path))
    # Demo data repeats cities, names and first names: ties in every sort key.
    bulk_create_accounts(db, generate_demo_accounts(ACCOUNTS, seed=11))
    try:
        yield path, db
    finally:
        db.dispose()


def _quick(path: Path) -> QuickRegister:
    register = open_quick_register(path)
    assert register is not None, "a custadmin file at head opens quickly"
    return register


def _every_query() -> list[RegisterQuery]:
    return [RegisterQuery(sort=column, descending=descending)
            for column in RegisterColumn for descending in (False, True)]


@pytest.mark.parametrize("query", _every_query(), ids=lambda q: f"{q.sort.name}-{q.descending}")
def test_every_sort_order_gives_the_same_ids_and_rows(
    filled: tuple[Path, Workspace], query: RegisterQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, db = filled
    quick, full = _quick(path), DatabaseRegister(db)
    # Small chunks: the whole register is read in several keyset steps.
    monkeypatch.setattr(quick_register, "WHOLE_REGISTER_CHUNK", 37)
    monkeypatch.setattr(register_service, "WHOLE_REGISTER_CHUNK", 37)

    page = quick.first_page(query, rows=20)
    assert page == full.first_page(query, rows=20)
    assert page.total == ACCOUNTS and len(page.ids) == 20
    everything = quick.all_ids(query)
    assert everything == full.all_ids(query)
    assert sorted(everything) == sorted(set(everything)) and len(everything) == ACCOUNTS
    assert everything[:20] == page.ids
    assert quick.ids_at(query, 60, 25) == full.ids_at(query, 60, 25) == everything[60:85]
    shown = list(everything[40:90])
    assert quick.stored_rows(shown) == full.stored_rows(shown)
    assert [row.id for row in quick.stored_rows(shown)] == shown


def test_the_register_holds_four_bytes_an_id(filled: tuple[Path, Workspace]) -> None:
    """A million accounts' IDs are 4 MB (8 in the wide form), held twice for a
    moment when a sort replaces a result."""
    path, db = filled
    quick, full = _quick(path), DatabaseRegister(db)
    for reader in (quick, full):
        assert reader.all_ids(RegisterQuery()).itemsize == 4
        assert reader.first_page(RegisterQuery(), rows=5).ids.itemsize == 4
        assert reader.ids_at(RegisterQuery(), 10, 5).itemsize == 4


@pytest.mark.parametrize("moved_to", [2**32 - 1, 2**32, 2**40 + 7, -3],
                         ids=["2^32-1", "2^32", "2^40+7", "negative"])
def test_row_ids_beyond_32_bits_are_read_whole(
    filled: tuple[Path, Workspace], moved_to: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app hands out small IDs, but an SQLite file may hold any 64-bit row ID
    written by other means: such an ID is read as it is, never cut short."""
    path, db = filled
    by_number = RegisterQuery(sort=RegisterColumn.CUSTOMER_NUMBER)
    before = list(DatabaseRegister(db).all_ids(by_number))
    moved = before[7]
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE account SET id = ? WHERE id = ?", (moved_to, moved))
        conn.execute("UPDATE contact SET account_id = ? WHERE account_id = ?", (moved_to, moved))
    conn.close()
    expected = [moved_to if i == moved else i for i in before]
    quick, full = _quick(path), DatabaseRegister(db)
    # Small chunks: the wide ID comes in one chunk among narrow ones.
    monkeypatch.setattr(quick_register, "WHOLE_REGISTER_CHUNK", 4)
    monkeypatch.setattr(register_service, "WHOLE_REGISTER_CHUNK", 4)
    for reader in (quick, full):
        assert list(reader.all_ids(by_number)) == expected
        assert list(reader.first_page(by_number, rows=10).ids) == expected[:10]
        assert list(reader.ids_at(by_number, 5, 5)) == expected[5:10]
        assert [row.id for row in reader.stored_rows([moved_to])] == [moved_to]


def test_rows_of_deleted_accounts_are_left_out(filled: tuple[Path, Workspace]) -> None:
    path, db = filled
    quick = _quick(path)
    ids = list(quick.first_page(RegisterQuery(), rows=5).ids)
    with db.writing() as uow:
        uow.session.execute(delete(Account).where(Account.id == ids[2]))
        uow.commit()
    assert [row.id for row in quick.stored_rows(ids)] == ids[:2] + ids[3:]
    assert quick.stored_rows([]) == []


def test_a_sole_traders_number_is_masked_in_the_quick_register_too(
    filled: tuple[Path, Workspace], new_account: Callable[..., NewAccount]
) -> None:
    path, db = filled
    account = create_account(db, NewAccount(
        AccountInput(name="Åsa Öbergs Firma", country="SE", org_number="19880320-0016",
                     peppol_id="0007:8803200016"),
        new_account().main_contact))
    (quick_row,) = _quick(path).stored_rows([account.id])
    (full_row,) = DatabaseRegister(db).stored_rows([account.id])
    assert quick_row == full_row
    cells = quick_row.cells()
    assert cells[RegisterColumn.ORG_NUMBER] == "880320-****"
    assert not any(form in cell for cell in (*cells, repr(quick_row))
                   for form in ("8803200016", "880320-0016", "19880320"))


def test_a_search_waits_for_the_full_reader_then_uses_it(filled: tuple[Path, Workspace]) -> None:
    path, db = filled
    quick, full = _quick(path), DatabaseRegister(db)
    query = RegisterQuery("son")
    answers: list[object] = []
    worker = threading.Thread(target=lambda: answers.append(quick.first_page(query)))
    worker.start()
    worker.join(0.2)
    assert worker.is_alive() and not answers  # no search structures without SQLAlchemy
    quick.hand_over(full)
    worker.join(10)
    assert answers == [full.first_page(query)]
    assert quick.all_ids(query) == full.all_ids(query)


def test_a_search_fails_clearly_when_the_full_reader_cannot_come(
    filled: tuple[Path, Workspace],
) -> None:
    quick = _quick(filled[0])
    quick.fail(StorageError("The disk is on fire."))
    with pytest.raises(StorageError):
        quick.first_page(RegisterQuery("son"))
    # The whole register still reads.
    assert quick.first_page(RegisterQuery()).total == ACCOUNTS


def test_a_cancelled_read_of_every_id_stops(filled: tuple[Path, Workspace]) -> None:
    quick = _quick(filled[0])
    cancel = SearchCancel()
    cancel.cancel()
    with pytest.raises(SearchCancelled):
        quick.all_ids(RegisterQuery(), cancel)
    assert len(quick.all_ids(RegisterQuery(), SearchCancel())) == ACCOUNTS


def test_the_quick_reader_never_writes(filled: tuple[Path, Workspace]) -> None:
    conn = _quick(filled[0]).connect()
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
        conn.execute("DELETE FROM account")


def _set(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_only_a_file_custadmin_opens_as_it_is_goes_the_quick_way(
    filled: tuple[Path, Workspace], tmp_path: Path
) -> None:
    path, db = filled
    db.dispose()
    assert open_quick_register(tmp_path / "missing.sqlite3") is None
    assert open_quick_register(tmp_path) is None  # a folder
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 500)
    assert open_quick_register(garbage) is None
    empty = tmp_path / "empty.sqlite3"
    _set(empty, "CREATE TABLE t (x)")
    assert open_quick_register(empty) is None  # no schema revision

    assert open_quick_register(path) is not None
    _set(path, "UPDATE alembic_version SET version_num = '0003'")
    assert open_quick_register(path) is None  # older: the full path upgrades it
    _set(path, "UPDATE alembic_version SET version_num = '9999'")
    assert open_quick_register(path) is None  # newer: the full path refuses it
    _set(path, f"UPDATE alembic_version SET version_num = '{PACKAGED_HEAD}'")
    _set(path, "PRAGMA application_id = 42")
    assert open_quick_register(path) is None  # someone else's file


def test_a_file_without_the_write_ahead_log_goes_the_full_way(
    filled: tuple[Path, Workspace],
) -> None:
    path, db = filled
    db.dispose()
    _set(path, "PRAGMA journal_mode = DELETE")
    assert open_quick_register(path) is None


@pytest.mark.parametrize(("given", "expected"), [
    (None, "/default/custadmin.sqlite3"),
    ("/data/kund.sqlite3", "/data/kund.sqlite3"),
    ("sqlite:////data/kund.sqlite3", "/data/kund.sqlite3"),
    ("sqlite+pysqlite:////data/kund.sqlite3", "/data/kund.sqlite3"),
    ("sqlite:///:memory:", None),
    ("sqlite:////data/kund.sqlite3?mode=ro", None),
    ("postgresql://app@db.example/custadmin", None),
])
def test_which_database_arguments_name_a_file(given: str | None, expected: str | None) -> None:
    found = quick_sqlite_path(given, Path("/default/custadmin.sqlite3"))
    assert (None if found is None else str(found)) == expected


def test_the_start_up_modules_import_no_sqlalchemy() -> None:
    """What paints the first register rows must not pull in SQLAlchemy (~0.5 s)."""
    code = (
        "import sys\n"
        "import custadmin.app, custadmin.ui.main_window, custadmin.storage.quick_register\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"

"""The register's search structures stay in step with every change, on both back ends.

SQLite answers from an FTS5 trigram table kept by triggers, PostgreSQL from
pg_trgm indexes: whatever the path, a search sees what was just committed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy.exc import IntegrityError

from custadmin.domain.accounts import (
    AccountRow,
    AccountRows,
    ContactChange,
    ContactInput,
    ContactRow,
    NewAccount,
    validate_new_account,
)
from custadmin.domain.alphabet import Alphabet
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.services import register as register_service
from custadmin.services.accounts import (
    BulkResult,
    create_account,
    load_account,
    update_account_details,
)
from custadmin.services.contacts import delete_contact, save_contact
from custadmin.services.register import first_page, ids_at, search_register
from custadmin.services.register_source import SearchCancel, SearchCancelled
from custadmin.services.workspace import Workspace
from custadmin.storage import search_index
from custadmin.storage.schema import Account
from factories import open_workspace

NewAccountFactory = Callable[..., NewAccount]

BASE_CONTACT = ContactInput(
    first_name="Erik", last_name="Holm", organisation_name="", email="erik@example.se",
    phone="070-765 43 21", address_line1="Storgatan 2", address_line2="", postcode="111 22",
    city="Stockholm", country="SE",
)


def _found(db: Workspace, typed: str) -> list[int]:
    return list(search_register(db, RegisterQuery(typed)))


def _extra(**fields: str) -> ContactInput:
    return dataclasses.replace(BASE_CONTACT, **fields)


def test_contacts_added_changed_and_deleted_are_found_and_forgotten(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account(name="Lindqvist Bygg AB"))
    assert _found(db, "lindqvist") == [account.id]
    details = save_contact(
        db, account.id, None,
        ContactChange(_extra(first_name="Örjan", last_name="Wästberg",
                             email="orjan@wastberg.se", phone="08-765 43 21"),
                      frozenset()),
    )
    extra = next(c for c in details.contacts if not c.is_main)
    assert _found(db, "WÄSTBERG") == [account.id]
    assert _found(db, "orjan@wast") == [account.id]
    assert _found(db, "08-765 43") == [account.id]
    assert _found(db, "lindqvist") == [account.id]  # the account's own name stays

    details = save_contact(
        db, account.id, extra.token,
        ContactChange(_extra(first_name="Örjan", last_name="Sjöberg",
                             email="orjan@sjoberg.se", phone="08-765 43 21"),
                      frozenset()),
    )
    assert _found(db, "wästberg") == []
    assert _found(db, "orjan@wast") == []
    assert _found(db, "SJÖBERG") == [account.id]

    extra = next(c for c in details.contacts if not c.is_main)
    delete_contact(db, account.id, extra.token)
    assert _found(db, "sjöberg") == []
    assert _found(db, "lindqvist") == [account.id]


def test_account_renamed_and_deleted(db: Workspace, new_account: NewAccountFactory) -> None:
    account = create_account(db, new_account(name="Gamla Namnet AB", org_number="556036-0793"))
    assert _found(db, "gamla") == [account.id]
    main = account.main_contact
    account = update_account_details(
        db, account.token, dataclasses.replace(account.as_input(), name="Nya Namnet AB"),
        main.as_input(),
    )
    assert _found(db, "gamla") == []
    assert _found(db, "nya namnet") == [account.id]
    assert _found(db, "6036-07") == [account.id]
    with db.writing() as uow:
        uow.session.delete(uow.session.get(Account, account.id))
        uow.commit()
    assert _found(db, "nya namnet") == []
    assert _found(db, "6036-07") == []
    assert _found(db, "anna@example") == []


def test_a_rolled_back_change_leaves_the_search_as_it_was(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account(name="Kvarstående AB"))
    with db.writing() as uow:
        uow.session.execute(delete(Account).where(Account.id == account.id))
        # not committed: the unit of work rolls back
    assert _found(db, "kvarstående") == [account.id]


def test_first_page_then_every_id_and_positions(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    ids = [
        create_account(db, new_account(name=f"Kund {i:03d} AB", email=f"k{i}@example.se")).id
        for i in range(12)
    ]
    whole = RegisterQuery()
    page = first_page(db, whole, rows=5)
    assert list(page.ids) == ids[:5]
    assert page.total == 12  # the whole register: counted at once
    assert list(ids_at(db, whole, 10, 5)) == ids[10:]
    assert list(search_register(db, whole)) == ids

    search = RegisterQuery("kund 0", sort=RegisterColumn.NAME, descending=True)
    page = first_page(db, search, rows=5)
    assert list(page.ids) == ids[::-1][:5]
    assert page.total == 12  # counted from the search structures at once
    assert list(search_register(db, search)) == ids[::-1]
    assert list(ids_at(db, search, 5, 3)) == ids[::-1][5:8]

    few = first_page(db, RegisterQuery("kund 011"), rows=5)
    assert (list(few.ids), few.total) == ([ids[11]], 1)

    by_email = first_page(db, RegisterQuery("", sort=RegisterColumn.EMAIL), rows=3)
    assert list(by_email.ids) == sorted(ids, key=lambda i: f"k{ids.index(i)}@example.se")[:3]


def test_many_matches_walk_the_sort_order_with_the_same_answer(
    db: Workspace, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [
        create_account(db, new_account(name=f"Berg {i:02d} AB", email=f"b{i}@example.se")).id
        for i in range(8)
    ]
    for column in (RegisterColumn.NAME, RegisterColumn.EMAIL):
        for descending in (False, True):
            query = RegisterQuery("berg", sort=column, descending=descending)
            few = first_page(db, query, rows=4)
            monkeypatch.setattr(register_service, "MANY_MATCHES", 2)  # 8 matches are many now
            many = first_page(db, query, rows=4)
            positioned = ids_at(db, query, 4, 4)
            monkeypatch.undo()
            everything = list(search_register(db, query))
            assert sorted(everything) == ids
            assert list(few.ids) == list(many.ids) == everything[:4], (column, descending)
            assert list(positioned) == everything[4:]
            assert (few.total, few.exact) == (8, True)
            if db.dialect == "postgresql":
                # Many on PostgreSQL: the planner's estimate, at least "many";
                # the exact number comes with every ID (search_register).
                assert not many.exact and many.total > 2
            else:
                assert (many.total, many.exact) == (8, True)


def test_every_id_comes_whole_and_in_order_however_postgresql_slices_it(
    db: Workspace, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    _postgresql_only(db, "PostgreSQL sends every ID in slices; SQLite in one string")
    ids = [
        create_account(db, new_account(name=f"Skiva {i:02d} AB", email=f"s{9 - i}@example.se")
                       ).id
        for i in range(7)
    ]
    # Slices of 18 bytes: four and a half IDs of 4 bytes each, so every other
    # slice ends inside an ID, whose bytes come from two messages.
    monkeypatch.setattr(register_service, "SLICE_BYTES", 18)
    for column in RegisterColumn:
        for descending in (False, True):
            query = RegisterQuery("", sort=column, descending=descending)
            everything = list(search_register(db, query))
            assert sorted(everything) == ids
            assert everything == list(first_page(db, query, rows=50).ids), (column, descending)
    by_email = list(search_register(db, RegisterQuery("skiva", sort=RegisterColumn.EMAIL)))
    assert by_email == ids[::-1]
    assert list(search_register(db, RegisterQuery("no such name"))) == []


def test_every_id_of_a_result_takes_four_bytes(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    """A million accounts' IDs are 4 MB; a sort holds the old result and the new
    one for a moment."""
    ids = [create_account(db, new_account(name=f"Bredd {i} AB")).id for i in range(3)]
    for query in (RegisterQuery(), RegisterQuery("bredd"), RegisterQuery(sort=RegisterColumn.CITY)):
        everything = search_register(db, query)
        assert sorted(everything) == ids and everything.itemsize == 4
        assert first_page(db, query).ids.itemsize == 4


def test_a_cancelled_search_stops_with_search_cancelled(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    create_account(db, new_account())
    cancel = SearchCancel()
    cancel.cancel()
    with pytest.raises(SearchCancelled):
        search_register(db, RegisterQuery(""), cancel)
    # A search with a token that is never cancelled answers as usual.
    assert len(search_register(db, RegisterQuery(""), SearchCancel())) == 1


def test_cancel_interrupts_a_running_sqlite_query(sqlite_db: Workspace) -> None:
    """An SQLite statement stops where it is (made slow here on purpose)."""
    cancel = SearchCancel()
    started = threading.Event()

    def slow_ids(db: Workspace) -> None:
        with db.reading() as uow:
            conn = uow.session.connection()
            driver = conn.connection.driver_connection
            cancel.attach(driver)
            started.set()
            try:
                # Minutes of work if nothing stopped it.
                conn.exec_driver_sql(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 10000000000) SELECT count(*) FROM n"
                ).scalar()
            finally:
                cancel.detach(driver)

    errors: list[BaseException] = []

    def run() -> None:
        try:
            slow_ids(sqlite_db)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    assert started.wait(5)
    cancel.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert errors and "interrupt" in str(errors[0]).lower()
    # The connection goes back to the pool without the handler: it works.
    assert search_register(sqlite_db, RegisterQuery("")).tolist() == []


# --- SQLite: the FTS table itself ---------------------------------------------------


def test_fts_rows_match_the_tables_after_a_mixed_session(
    sqlite_path: str, new_account: NewAccountFactory
) -> None:
    db = open_workspace(sqlite_path)
    try:
        first = create_account(db, new_account(name="Ett AB", email="ett@example.se"))
        second = create_account(db, new_account(name="Två AB", email="tva@example.se"))
        save_contact(db, first.id, None,
                     ContactChange(_extra(email="extra@example.se"), frozenset()))
        with db.writing() as uow:
            uow.session.delete(uow.session.get(Account, second.id))
            uow.commit()
    finally:
        db.dispose()
    raw = sqlite3.connect(sqlite_path)
    try:
        stored = raw.execute(
            "SELECT rowid, names, emails, org, phones FROM register_search ORDER BY rowid"
        ).fetchall()
        expected = raw.execute(
            search_index.FILL.replace("INSERT INTO register_search(rowid, names, emails, "
                                      "org, phones)", "") + " ORDER BY a.id"
        ).fetchall()
    finally:
        raw.close()
    assert stored == expected
    assert [row[0] for row in stored] == [first.id]
    assert stored[0][2] == "anna@example.se\nextra@example.se" or set(
        stored[0][2].split("\n")) == {"ett@example.se", "extra@example.se"}


def test_a_rebuilt_table_gets_its_search_triggers_back(
    sqlite_path: str, new_account: NewAccountFactory
) -> None:
    db = open_workspace(sqlite_path)
    try:
        account = create_account(db, new_account(name="Byggd Om AB"))
    finally:
        db.dispose()
    raw = sqlite3.connect(sqlite_path)
    try:
        # What a batch migration does to a table: its triggers go with it.
        raw.execute("DROP TRIGGER register_search_account_update")
        raw.execute("DROP TRIGGER register_search_contact_insert")
        raw.execute("DELETE FROM register_search")
        raw.commit()
        assert search_index.repair_sqlite_search(raw) == [
            "register_search_account_update", "register_search_contact_insert"
        ]
        assert search_index.repair_sqlite_search(raw) == []
    finally:
        raw.close()
    db = open_workspace(sqlite_path)
    try:
        assert _found(db, "byggd om") == [account.id]
        save_contact(db, account.id, None,
                     ContactChange(_extra(last_name="Återställd"), frozenset()))
        assert _found(db, "ÅTERSTÄLLD") == [account.id]
        assert load_account(db, account.id).name == "Byggd Om AB"
    finally:
        db.dispose()


def test_postgresql_has_trigram_indexes(db: Workspace) -> None:
    if db.dialect != "postgresql":
        pytest.skip("pg_trgm indexes are PostgreSQL's")
    with db.reading() as uow:
        names = set(uow.session.scalars(
            select(text("indexname")).select_from(text("pg_indexes"))
            .where(text("schemaname = current_schema()"))
        ))
    assert set(search_index.PG_TRIGRAM) <= names
    assert set(search_index.PG_PREFIX) <= names


def test_search_index_module_paths(tmp_path: Path) -> None:
    # The FTS table is the only search structure on SQLite; is_search_object
    # knows its shadow tables and the PostgreSQL index names.
    assert search_index.is_search_object("register_search_data")
    assert search_index.is_search_object("ix_contact_phone_trgm")
    assert not search_index.is_search_object("contact")
    assert not search_index.is_search_object(None)


def test_bulk_writes_index_their_accounts_and_leave_the_triggers_in_place(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    from custadmin.services.accounts import bulk_create_accounts

    result = bulk_create_accounts(db, [
        new_account(name=f"Massimport {i} AB", email=f"m{i}@example.se") for i in range(7)
    ], batch_size=3)
    assert result.created == 7
    assert len(_found(db, "massimport")) == 7
    assert len(_found(db, "m5@example")) == 1
    # The triggers are back: an ordinary edit afterwards is found too.
    account = load_account(db, _found(db, "massimport 3")[0])
    save_contact(db, account.id, None, ContactChange(_extra(last_name="Efterimport"), frozenset()))
    assert _found(db, "efterimport") == [account.id]


def test_a_failed_bulk_write_leaves_search_and_triggers_as_they_were(
    sqlite_db: Workspace, new_account: NewAccountFactory
) -> None:
    from custadmin.services.accounts import bulk_create_accounts

    def accounts() -> Iterator[NewAccount]:
        yield new_account(name="Halvvägs AB", email="h@example.se")
        raise RuntimeError("the file ended badly")

    with pytest.raises(RuntimeError):
        bulk_create_accounts(sqlite_db, accounts(), batch_size=1)
    assert _found(sqlite_db, "halvvägs") == []
    with sqlite_db.reading() as uow:
        triggers = set(uow.session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert set(search_index.TRIGGERS) <= triggers


def test_odd_characters_typed_into_the_search_find_nothing_and_raise_nothing(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    create_account(db, new_account(name="Vanlig AB"))
    for typed in ("\ud7ff", "a\ud7ff", "\U0010ffff", '"', '""x', "{names}", "*", "a:b", "NEAR("):
        assert _found(db, typed) == [], typed
        assert first_page(db, RegisterQuery(typed)).total == 0, typed


def test_postgresql_search_rows_match_the_tables_after_a_mixed_session(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    """Migration 0007's triggers (and the bulk path, which skips them) keep one
    row per account with its names and emails."""
    if db.dialect != "postgresql":
        pytest.skip("register_search is a plain table on PostgreSQL only")
    from custadmin.services.accounts import bulk_create_accounts

    first = create_account(db, new_account(name="Ett AB", email="ett@example.se"))
    second = create_account(db, new_account(name="Två AB", email="tva@example.se"))
    details = save_contact(db, first.id, None,
                           ContactChange(_extra(email="extra@example.se"), frozenset()))
    extra = next(c for c in details.contacts if not c.is_main)
    save_contact(db, first.id, extra.token, ContactChange(
        _extra(first_name="Örjan", email="orjan@example.se"), frozenset()))
    update_account_details(db, load_account(db, first.id).token, dataclasses.replace(
        load_account(db, first.id).as_input(), name="Ettan Åkeri AB"),
        load_account(db, first.id).main_contact.as_input())
    with db.writing() as uow:
        uow.session.delete(uow.session.get(Account, second.id))
        uow.commit()
    bulk_create_accounts(db, [new_account(name=f"Bulk {i} AB", email=f"b{i}@example.se")
                              for i in range(3)], batch_size=2)
    with db.reading() as uow:
        stored = uow.session.execute(text(
            "SELECT account_id, doc FROM register_search ORDER BY account_id")).all()
        expected = uow.session.execute(text(
            "SELECT a.id, a.name_key || chr(10) || string_agg(c.name_key || chr(10) || "
            "c.email_key, chr(10) ORDER BY c.id) FROM account a JOIN contact c "
            "ON c.account_id = a.id GROUP BY a.id ORDER BY a.id")).all()
        bulk = uow.session.execute(text("SELECT current_setting('custadmin.bulk', true)")).scalar()
    assert [tuple(r) for r in stored] == [tuple(r) for r in expected]
    assert second.id not in {r[0] for r in stored} and len(stored) == 4
    assert "ettan akeri ab" in dict(stored)[first.id] and "orjan@example.se" in dict(stored)[
        first.id]
    assert bulk in (None, "", "off")  # the bulk path's setting ended with it


def test_a_large_bulk_write_leaves_the_planner_statistics(
    db: Workspace, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without statistics PostgreSQL read a page's contacts by a sequential scan
    (180 ms at a million contacts) instead of by their index."""
    _postgresql_only(db, "PostgreSQL's planner statistics")
    _large_bulk_write(db, monkeypatch, [
        new_account(name=f"Stat {i} AB", email=f"s{i}@example.se") for i in range(6)])
    assert _register_tables(db, "reltuples") == {
        "account": 6, "contact": 6, "register_search": 6}
    # Column statistics too (building an index counts the rows, and no more),
    # the audit trail's included: an account's history is read by account.
    with db.reading() as uow:
        analysed = set(uow.session.scalars(text(
            "SELECT tablename || '.' || attname FROM pg_stats "
            "WHERE schemaname = current_schema()")))
    assert {"account.name_key", "contact.account_id", "register_search.doc",
            "audit_entry.account_id"} <= analysed


def _large_bulk_write(db: Workspace, monkeypatch: pytest.MonkeyPatch,
                      accounts: list[NewAccount]) -> BulkResult:
    """``accounts`` written by the bulk path as a large write (``ANALYZE_AFTER`` lowered to 5)."""
    from custadmin.services.accounts import bulk_create_accounts
    from custadmin.storage import accounts as account_storage

    monkeypatch.setattr(account_storage, "ANALYZE_AFTER", 5)
    return bulk_create_accounts(db, accounts)


def _register_tables(db: Workspace, figure: str) -> dict[str, int]:
    """One ``pg_class`` figure of each of the register's tables in the test's schema."""
    with db.reading() as uow:
        return dict(uow.session.execute(text(
            f"SELECT relname, {figure} FROM pg_class WHERE relname IN "
            "('account', 'contact', 'register_search') "
            "AND relnamespace = current_schema()::regnamespace")).all())


def test_a_large_bulk_write_is_vacuumed_once_committed(
    db: Workspace, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until VACUUM marks the pages all-visible an index-only scan reads every row
    too: every ID of a contact sort took 2.0–2.6 s at a million instead of 0.2 s."""
    _postgresql_only(db, "PostgreSQL's visibility map")
    _large_bulk_write(db, monkeypatch, [
        new_account(name=f"Vis {i} AB", email=f"v{i}@example.se") for i in range(6)])
    # ANALYZE counts the marked pages too, and only VACUUM marks them.
    assert _register_tables(db, "relallvisible") == {
        "account": 1, "contact": 1, "register_search": 1}


def test_a_vacuum_that_fails_after_a_bulk_write_loses_nothing(
    db: Workspace, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _postgresql_only(db, "PostgreSQL's VACUUM")
    from custadmin.services.accounts import count_accounts
    from custadmin.storage import accounts as account_storage

    monkeypatch.setattr(account_storage, "_VACUUMED",
                        (*account_storage._VACUUMED, "no_such_table"))
    result = _large_bulk_write(db, monkeypatch, [
        new_account(name=f"Kept {i} AB") for i in range(6)])
    assert result.created == 6 and count_accounts(db) == 6
    assert "VACUUM after a bulk write failed" in caplog.text


def _postgresql_only(db: Workspace, what: str = "PostgreSQL's indexes and plans") -> None:
    if db.dialect != "postgresql":
        pytest.skip(what)


def _plan(conn: Any, stmt: Any) -> str:
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    return "\n".join(conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params).scalars())


def test_postgresql_migrations_create_the_indexes_the_register_plans_rely_on(
    db: Workspace,
) -> None:
    _postgresql_only(db)
    with db.reading() as uow:
        indexes = dict(uow.session.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        )).all())
        columns = set(uow.session.scalars(text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'register_search'")))
    # Names and emails: one pg_trgm index over each account's text.
    assert "USING gin (doc gin_trgm_ops)" in indexes[search_index.PG_DOC_INDEX]
    # The first page of a broad search: each name order with the text beside it.
    assert set(search_index.PG_NAME_ORDERS) <= columns
    for index, order in search_index.PG_WALK_INDEXES.items():
        assert f"({order}, account_id) INCLUDE (doc)" in indexes[index]
        assert f"octet_length(doc) <= {search_index.PG_WALK_DOC_BYTES}" in indexes[index]
    assert "(octet_length(doc))" in indexes[search_index.PG_LONG_INDEX]
    # Numbers: their own trigram indexes; short organisation numbers by prefix.
    for index in search_index.PG_TRIGRAM:
        assert "gin_trgm_ops" in indexes[index]
    for index in search_index.PG_PREFIX:
        assert "text_pattern_ops" in indexes[index]
    # The register's orders, read for the whole register and walked by searches.
    for index in ("ix_account_name_key_id", "ix_account_sort_sv_id", "ix_account_sort_da_id",
                  "ix_contact_main_name_key", "ix_contact_main_email_key"):
        assert index in indexes
    # The organisation number's order, ties by ID, from the index alone (migration 0013).
    assert "(org_number, id)" in indexes["ix_account_org_number"]
    # What no query reads any more is gone: each cost every bulk write.
    assert not {*search_index.PG_TRIGRAM_UNUSED, *search_index.PG_PREFIX_UNUSED} & set(indexes)


def test_postgresql_plans_of_the_register_use_those_indexes(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    _postgresql_only(db)
    for i in range(30):
        create_account(db, new_account(name=f"Lindberg {i:02d} AB", email=f"l{i}@example.se"))
    with db.reading() as uow:
        conn = uow.session.connection()
        conn.exec_driver_sql(f"ANALYZE {search_index.TABLE}")
        # A table of thirty rows is read whole whatever the indexes: this
        # asks which index each plan can use, as at a million accounts.
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        walk = register_service._name_walk(RegisterQuery("lindberg"), 10)
        assert walk is not None
        page = _plan(conn, walk[1])
        assert "Index Only Scan using register_search_name_key_walk" in page
        assert search_index.PG_LONG_INDEX in page
        swedish = register_service._name_walk(
            RegisterQuery("lin", alphabet=Alphabet.SWEDISH, descending=True), 10)
        assert swedish is not None
        assert "Index Only Scan Backward using register_search_sort_sv_walk" in _plan(
            conn, swedish[1])
        # Every match in a name order: read and sorted from register_search alone.
        every = _plan(conn, register_service.ordered_ids("postgresql", RegisterQuery("lindberg")))
        assert "register_search_doc_trgm" in every and " on account" not in every
        # The whole register by organisation number: its index alone, nothing sorted.
        for descending in (False, True):
            by_number = _plan(conn, register_service.ordered_ids(
                "postgresql", RegisterQuery(sort=RegisterColumn.ORG_NUMBER,
                                            descending=descending)).limit(10))
            assert "Index Only Scan" in by_number and "ix_account_org_number" in by_number
            assert "Sort" not in by_number, by_number


def test_an_account_whose_search_text_is_long_is_walked_in_its_place(
    db: Workspace, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dozens of contacts make a text too long for the walk index (PostgreSQL):
    it is found apart and merged into the page where it sorts."""
    ids = [create_account(db, new_account(name=f"Berg {i:02d} AB", email=f"b{i}@example.se")).id
           for i in range(8)]
    crowded = create_account(db, new_account(name="Berg 03b AB", email="crowd@example.se")).id
    for k in range(30):
        save_contact(db, crowded, None, ContactChange(_extra(
            first_name=f"Kontaktperson{k:02d}", last_name="Långnamnsson",
            email=f"kontaktperson{k:02d}.langnamnsson@exempelforetaget.se"), frozenset()))
    if db.dialect == "postgresql":
        with db.reading() as uow:
            size = uow.session.execute(text(
                f"SELECT octet_length(doc) FROM {search_index.TABLE} WHERE account_id = :id"),
                {"id": crowded}).scalar_one()
        assert size > search_index.PG_WALK_DOC_BYTES
        # Many matches, as the planner would say of a broad text.
        monkeypatch.setattr(register_service, "_estimated_matches", lambda _c, _m: 1000)
    monkeypatch.setattr(register_service, "MANY_MATCHES", 2)
    for descending in (False, True):
        query = RegisterQuery("berg", descending=descending)
        page = first_page(db, query, rows=6)
        everything = list(search_register(db, query))
        assert sorted(everything) == sorted([*ids, crowded])
        assert list(page.ids) == everything[:6], descending
        assert crowded in page.ids  # merged in where it sorts, either way


_INDEX_DEFINITIONS = {
    "postgresql": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                  "current_schema() AND tablename IN ({tables})",
    "sqlite": "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
              "AND tbl_name IN ({tables})",
}


def _indexes(conn: Any, tables: str) -> dict[str, str]:
    sql = _INDEX_DEFINITIONS[conn.dialect.name].format(tables=tables)
    return {name: definition for name, definition in conn.execute(text(sql))}


def _keys(conn: Any) -> dict[str, str]:
    """The foreign keys of the register's tables (PostgreSQL; SQLite cannot drop one)."""
    if conn.dialect.name != "postgresql":
        return {}
    return {name: definition for name, definition in conn.execute(text(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' "
        "AND conrelid::regclass::text IN ('account', 'contact', 'register_search')"))}


def _index_definitions(db: Workspace) -> dict[str, str]:
    with db.reading() as uow:
        conn = uow.session.connection()
        return {**_indexes(conn, "'account', 'contact', 'register_search', 'audit_entry'"),
                **_keys(conn)}


def test_a_bulk_write_into_an_empty_register_builds_its_indexes_once_at_the_end(
    db: Workspace, new_account: NewAccountFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both back ends: the plain indexes are dropped and built again in the same
    transaction (on PostgreSQL the foreign keys among the register's tables
    too), only while the register is empty; a failure leaves them as they
    were, and a write into a register in use never drops one."""
    from custadmin.services.accounts import bulk_create_accounts
    from custadmin.storage import bulk

    before = _index_definitions(db)
    dropped: list[bool] = []
    original = bulk.indexes_and_keys_built_after
    # What enforces something stays (SQLite keeps a primary key in the table itself).
    enforcing = {"uq_contact_main_per_account", "ix_contact_account_id"} | (
        {"pk_contact"} if db.dialect == "postgresql" else set())
    assert enforcing <= set(before) and "ix_contact_main_name_key" in before
    among = {"fk_contact_account_id_account", "register_search_account_id_fkey",
             "fk_account_invoice_contact_id_contact"}
    if db.dialect == "postgresql":
        assert among | {"fk_contact_login_id_login"} <= set(before)

    @contextlib.contextmanager
    def watched(session: Any, tables: Any) -> Iterator[bool]:
        with original(session, tables) as did:
            dropped.append(did)
            if did:
                # Inside the write: what is left is what enforces something,
                # and the keys to tables outside the write.
                conn = session.connection()
                left = set(_indexes(conn, "'contact'"))
                assert "ix_contact_main_name_key" not in left
                assert enforcing <= left
                keys = set(_keys(conn))
                assert not keys & among
                assert keys >= ({"fk_contact_login_id_login"}
                                if db.dialect == "postgresql" else set())
            yield did

    monkeypatch.setattr(bulk, "indexes_and_keys_built_after", watched)
    monkeypatch.setattr(search_index, "_BATCH", 2)
    account, contact = validate_new_account(new_account(name="Halvvägs AB"))
    with pytest.raises(RuntimeError), db.writing() as uow, uow.accounts.add_many() as add:
        add([AccountRows(AccountRow.of(account), (ContactRow.of(contact),))])
        raise RuntimeError("the write fails before it is committed")
    assert _index_definitions(db) == before
    bulk_create_accounts(db, [new_account(name=f"Tom {i} AB", email=f"t{i}@example.se")
                              for i in range(5)])
    assert _index_definitions(db) == before
    bulk_create_accounts(db, [new_account(name=f"Mer {i} AB", email=f"m{i}@example.se")
                              for i in range(3)])
    assert _index_definitions(db) == before
    assert dropped == [True, True, False]  # the third found accounts there
    assert not _found(db, "halvvägs")
    assert _found(db, "tom 3") and _found(db, "mer 2")


def test_a_bulk_write_whose_rows_break_a_key_fails_and_leaves_nothing(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    """The foreign keys a bulk write drops (PostgreSQL) are checked when it
    adds them again: a contact of no account fails the write, as SQLite's
    row-by-row check does, and the indexes and keys are as they were."""
    before = _index_definitions(db)
    account, contact = validate_new_account(new_account(name="Brutna Nycklar AB"))
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), db.writing() as uow:
        with uow.accounts.add_many() as add:
            add([AccountRows(AccountRow.of(account), (ContactRow.of(contact),))])
            uow.session.execute(text("UPDATE contact SET account_id = account_id + 1000"))
        uow.commit()
    assert _index_definitions(db) == before
    assert not _found(db, "brutna")
    with db.reading() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM contact")).scalar_one() == 0

"""SQLite traps of reliability.md: pragmas on every connection, real transactions,
writes that take the lock at BEGIN."""

from __future__ import annotations

import multiprocessing
import multiprocessing.synchronize
import sqlite3
import threading
from contextlib import ExitStack

import pytest
from sqlalchemy import Connection, event, insert, select, text, update

import custadmin.storage.engine as engine_module
from custadmin.domain.errors import ConflictError
from custadmin.services.workspace import Workspace
from custadmin.storage.database import Database
from custadmin.storage.engine import BUSY_TIMEOUT_MS, SQLITE_APPLICATION_ID
from custadmin.storage.migrate import open_database
from custadmin.storage.schema import Counter

PROCESSES = 4
INCREMENTS = 100


def _pragma(conn: Connection, name: str) -> object:
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_pooled_connection_has_foreign_keys_on(sqlite_db: Workspace) -> None:
    values: list[object] = []
    with ExitStack() as stack:
        # Several connections checked out at once: each is a distinct DBAPI connection.
        conns = [stack.enter_context(sqlite_db.engine.connect()) for _ in range(4)]
        assert len({id(c.connection.driver_connection) for c in conns}) == 4
        values += [_pragma(c, "foreign_keys") for c in conns]
    # ...and again after they went back to the pool and were handed out again.
    with ExitStack() as stack:
        conns = [stack.enter_context(sqlite_db.engine.connect()) for _ in range(4)]
        values += [_pragma(c, "foreign_keys") for c in conns]
    assert values == [1] * 8


def test_foreign_keys_on_in_another_thread_and_in_units_of_work(sqlite_db: Workspace) -> None:
    seen: list[object] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with sqlite_db.engine.connect() as conn:
                seen.append(_pragma(conn, "foreign_keys"))
            with sqlite_db.writing() as uow:
                seen.append(uow.session.execute(text("PRAGMA foreign_keys")).scalar())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors
    assert seen == [1] * 6
    with sqlite_db.reading() as uow:
        assert uow.session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_journal_mode_wal_busy_timeout_and_synchronous(sqlite_db: Workspace) -> None:
    with sqlite_db.engine.connect() as conn:
        assert _pragma(conn, "journal_mode") == "wal"
        assert _pragma(conn, "busy_timeout") == BUSY_TIMEOUT_MS
        assert BUSY_TIMEOUT_MS >= 1000
        assert _pragma(conn, "synchronous") in (1, 2)  # NORMAL or FULL, never OFF


def test_application_id_is_set(sqlite_db: Workspace, sqlite_path: str) -> None:
    with sqlite_db.engine.connect() as conn:
        assert _pragma(conn, "application_id") == SQLITE_APPLICATION_ID
    sqlite_db.dispose()
    # It is in the file, not only in the connection.
    raw = sqlite3.connect(sqlite_path)
    try:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == SQLITE_APPLICATION_ID
    finally:
        raw.close()


def _counter_names(db: Database | Workspace) -> set[str]:
    with db.reading() as uow:
        return set(uow.session.execute(select(Counter.name)).scalars())


def test_released_savepoint_does_not_survive_outer_rollback(sqlite_db: Workspace) -> None:
    before = _counter_names(sqlite_db)
    with sqlite_db.engine.connect() as conn:
        outer = conn.begin()
        conn.execute(insert(Counter).values(name="outer", value=1))
        nested = conn.begin_nested()
        conn.execute(insert(Counter).values(name="inner", value=2))
        nested.commit()  # RELEASE SAVEPOINT
        outer.rollback()
    assert _counter_names(sqlite_db) == before


def test_released_savepoint_in_session_does_not_survive_rollback(sqlite_db: Workspace) -> None:
    before = _counter_names(sqlite_db)
    with sqlite_db.writing() as uow:
        with uow.session.begin_nested():
            uow.session.add(Counter(name="inner", value=2))
        uow.session.add(Counter(name="outer", value=1))
        uow.session.flush()
        # no commit: the unit of work rolls back
    assert _counter_names(sqlite_db) == before


def test_ddl_does_not_commit_on_its_own(sqlite_db: Workspace) -> None:
    with sqlite_db.engine.connect() as conn:
        outer = conn.begin()
        conn.execute(insert(Counter).values(name="before_ddl", value=1))
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        outer.rollback()
    with sqlite_db.engine.connect() as conn:
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'scratch'"
        ).all()
    assert tables == []
    assert "before_ddl" not in _counter_names(sqlite_db)


def _record_begins(db: Workspace) -> list[str]:
    statements: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.upper().startswith("BEGIN"):
            statements.append(statement.upper())

    return statements


def test_writing_begins_immediate_and_reading_does_not(sqlite_db: Workspace) -> None:
    begins = _record_begins(sqlite_db)
    with sqlite_db.writing() as uow:
        uow.session.execute(select(Counter.value))
    assert begins == ["BEGIN IMMEDIATE"]
    begins.clear()
    with sqlite_db.reading() as uow:
        uow.session.execute(select(Counter.value))
    assert len(begins) == 1
    assert "IMMEDIATE" not in begins[0]
    assert "EXCLUSIVE" not in begins[0]


def _increment_many(path: str, count: int, start: multiprocessing.synchronize.Event) -> None:
    db = open_database(path, create=False)
    try:
        start.wait(30)
        for _ in range(count):
            with db.writing() as uow:
                # read, then write what was read plus one: a lost update unless the
                # write lock is taken at BEGIN.
                value = uow.session.execute(
                    select(Counter.value).where(Counter.name == "race")
                ).scalar_one()
                uow.session.execute(
                    update(Counter).where(Counter.name == "race").values(value=value + 1)
                )
                uow.commit()
    finally:
        db.dispose()


def test_read_then_increment_from_several_processes_loses_nothing(
    sqlite_db: Workspace, sqlite_path: str
) -> None:
    with sqlite_db.writing() as uow:
        uow.session.add(Counter(name="race", value=0))
        uow.commit()
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [
        context.Process(target=_increment_many, args=(sqlite_path, INCREMENTS, start))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0] * PROCESSES
    with sqlite_db.reading() as uow:
        final = uow.session.execute(
            select(Counter.value).where(Counter.name == "race")
        ).scalar_one()
    assert final == PROCESSES * INCREMENTS


def test_write_blocked_by_another_program_is_a_clear_conflict(
    sqlite_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    db = open_database(sqlite_path)
    holder = sqlite3.connect(sqlite_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another process is saving, for a long time
        with pytest.raises(ConflictError) as info, db.writing() as uow:
            uow.session.add(Counter(name="blocked", value=1))
            uow.commit()
        assert info.value.message.strip()
        assert "Traceback" not in info.value.message
        holder.execute("ROLLBACK")
        assert "blocked" not in _counter_names(db)
        # Once the other program is done, saving works again.
        with db.writing() as uow:
            uow.session.add(Counter(name="later", value=1))
            uow.commit()
        assert "later" in _counter_names(db)
    finally:
        holder.close()
        db.dispose()

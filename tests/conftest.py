"""Shared fixtures: a real database per test (SQLite file, or PostgreSQL)."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import collections
import contextlib
import logging
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import pq
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from custadmin.services.workspace import Workspace
from custadmin.storage.engine import normalize_url
from custadmin.storage.migrate import open_database

PG_ENV = "CUSTADMIN_TEST_DATABASE_URL"


@pytest.fixture(autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """argon2id with the cheapest parameters (~50 µs instead of ~0.16 s).

    Production parameters are checked by one test in test_passwords.py.
    """
    from argon2 import PasswordHasher
    from argon2.profiles import CHEAPEST

    from custadmin.storage import passwords

    previous = passwords.use_hasher(PasswordHasher.from_parameters(CHEAPEST))
    yield
    passwords.use_hasher(previous)


@pytest.fixture(autouse=True)
def fresh_logging() -> Iterator[None]:
    """app.main() sets up logging once per process, writing to that test's stderr.

    Handlers a test adds are removed after it, so that a later test's main()
    sets up its own instead of writing to a closed capture.
    """
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def postgres_admin_url() -> URL | None:
    raw = os.environ.get(PG_ENV)
    return normalize_url(make_url(raw)) if raw else None


def _require_postgres() -> URL:
    admin = postgres_admin_url()
    if admin is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql://postgres@127.0.0.1/test)")
    return admin


def _create_pg_database(admin: URL, template: str | None = None) -> str:
    name = f"custadmin_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            suffix = f' TEMPLATE "{template}"' if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{suffix}'))
    finally:
        engine.dispose()
    return name


def _drop_pg_database(admin: URL, name: str) -> None:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


@pytest.fixture
def pg_database_url() -> Iterator[URL]:
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    admin = _require_postgres()
    name = _create_pg_database(admin)
    try:
        yield admin.set(database=name)
    finally:
        _drop_pg_database(admin, name)


# Migrating a new database takes 0.4–0.8 s (SQLite) or more (PostgreSQL), far
# more than most tests themselves: each back end is migrated once per session
# and every test gets a copy of that template.


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to head, closed with its WAL folded in."""
    path = tmp_path_factory.mktemp("template") / "custadmin.sqlite3"
    open_database(str(path)).dispose()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for sidecar in ("-wal", "-shm"):
        Path(f"{path}{sidecar}").unlink(missing_ok=True)
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated to head, the template of each test's database."""
    admin = _require_postgres()
    name = _create_pg_database(admin)
    try:
        open_database(admin.set(database=name)).dispose()
        yield name
    finally:
        _drop_pg_database(admin, name)


def migrated_sqlite(template: Path, folder: os.PathLike[str]) -> str:
    """A copy of the migrated template in ``folder`` (not yet opened)."""
    path = os.path.join(folder, "custadmin.sqlite3")
    shutil.copyfile(template, path)
    return path


class _TemplateCopies:
    """Copies of the migrated template, made while the tests before them run.

    Copying a database is file work for the server (every table and index is a
    file of its own): 0.1–0.4 s a copy on these machines, most of a
    PostgreSQL test's time when the test waits for it. So the copies for the
    next tests are asked for ahead, and dropping a used one is not waited
    for: each on a connection of its own, sent with libpq's asynchronous
    ``send_query`` and its result read only when it is needed. No thread is
    involved (see ui/collector.py for why threads matter here).
    """

    #: Copies asked for ahead of the tests that will take them.
    AHEAD = 2

    def __init__(self, admin: URL, template: str) -> None:
        conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        self._template = template
        self._idle = [psycopg.connect(conninfo, autocommit=True)
                      for _ in range(self.AHEAD)]
        self._asked: collections.deque[tuple[str, psycopg.Connection[Any]]] = (
            collections.deque())
        # Dropping waits for the copy's connections to end: two drops in flight.
        self._drop_idle = [psycopg.connect(conninfo, autocommit=True) for _ in range(2)]
        self._dropping: collections.deque[psycopg.Connection[Any]] = collections.deque()

    def take(self) -> str:
        """A new copy of the template; the next ones are being made when this returns."""
        while self._idle:
            self._ask(self._idle.pop())
        name, conn = self._asked.popleft()
        try:
            _finish(conn)
        finally:
            self._ask(conn)
        return name

    def give_back(self, name: str) -> None:
        """Drops ``name`` (its connections forced closed) while the next test runs."""
        self._send_drop(name)

    def close(self) -> None:
        while self._asked:
            name, conn = self._asked.popleft()
            try:
                _finish(conn)
            except RuntimeError:
                continue  # never made: nothing to drop
            finally:
                conn.close()
            self._send_drop(name)
        while self._dropping:
            conn = self._dropping.popleft()
            _finish(conn)
            self._drop_idle.append(conn)
        for conn in self._idle + self._drop_idle:
            conn.close()

    def _ask(self, conn: psycopg.Connection[Any]) -> None:
        name = f"custadmin_test_{uuid.uuid4().hex[:12]}"
        conn.pgconn.send_query(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"'.encode())
        self._asked.append((name, conn))

    def _send_drop(self, name: str) -> None:
        if not self._drop_idle:
            oldest = self._dropping.popleft()
            self._drop_idle.append(oldest)
            _finish(oldest)
        conn = self._drop_idle.pop()
        conn.pgconn.send_query(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())
        self._dropping.append(conn)


def _finish(conn: psycopg.Connection[Any]) -> None:
    """Waits for the statement sent on ``conn``; its error, if any, raised."""
    error = None
    while (result := conn.pgconn.get_result()) is not None:
        if result.status != pq.ExecStatus.COMMAND_OK:
            error = (result.error_message or b"").decode(errors="replace")
    if error:
        raise RuntimeError(error)


@pytest.fixture(scope="session")
def pg_copies(pg_template: str) -> Iterator[_TemplateCopies]:
    copies = _TemplateCopies(_require_postgres(), pg_template)
    try:
        yield copies
    finally:
        copies.close()


@pytest.fixture
def migrated_pg_url(pg_copies: _TemplateCopies) -> Iterator[URL]:
    """A PostgreSQL database at head (a copy of the session's template), dropped afterwards."""
    admin = _require_postgres()
    name = pg_copies.take()
    try:
        yield admin.set(database=name)
    finally:
        pg_copies.give_back(name)


@pytest.fixture
def sqlite_path(tmp_path: os.PathLike[str]) -> str:
    return os.path.join(tmp_path, "custadmin.sqlite3")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> Iterator[Workspace]:
    """A migrated, empty custadmin database on each back end, used as custadmin itself."""
    if request.param == "sqlite":
        url: str | URL = migrated_sqlite(request.getfixturevalue("sqlite_template"), tmp_path)
    else:
        url = request.getfixturevalue("migrated_pg_url")
    workspace = Workspace(open_database(url))
    try:
        yield workspace
    finally:
        workspace.dispose()


@pytest.fixture
def sqlite_db(tmp_path: os.PathLike[str], sqlite_template: Path) -> Iterator[Workspace]:
    """A migrated, empty SQLite database (for SQLite-specific behaviour)."""
    workspace = Workspace(open_database(migrated_sqlite(sqlite_template, tmp_path)))
    try:
        yield workspace
    finally:
        workspace.dispose()

"""Shared fixtures: a real database per test (SQLite file, or PostgreSQL)."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from custadmin.storage.database import Database
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

    from custadmin.services import passwords

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


@pytest.fixture
def pg_database_url() -> Iterator[URL]:
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    admin = postgres_admin_url()
    if admin is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql://postgres@127.0.0.1/test)")
    name = f"custadmin_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.set(database=name)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture
def sqlite_path(tmp_path: os.PathLike[str]) -> str:
    return os.path.join(tmp_path, "custadmin.sqlite3")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> Iterator[Database]:
    """A migrated, empty custadmin database on each back end."""
    if request.param == "sqlite":
        url: str | URL = os.path.join(tmp_path, "custadmin.sqlite3")
    else:
        url = request.getfixturevalue("pg_database_url")
    database = open_database(url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: os.PathLike[str]) -> Iterator[Database]:
    """A migrated, empty SQLite database (for SQLite-specific behaviour)."""
    database = open_database(os.path.join(tmp_path, "custadmin.sqlite3"))
    try:
        yield database
    finally:
        database.dispose()

"""Database passwords: keyring round trip, no keyring, never a file, never asked needlessly."""

from __future__ import annotations

import importlib.util
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.util.platform_
import pytest
from keyring.backends import fail
from sqlalchemy.engine import URL, make_url

from custadmin.storage.credentials import (
    KEYRING_SERVICE,
    PasswordAnswer,
    keyring_account,
    keyring_usable,
    open_with_credentials,
    store_password,
    stored_password,
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in a dict; never chosen automatically (negative priority)."""

    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")
        del self.secrets[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def failing_keyring() -> Iterator[fail.Keyring]:
    previous = keyring.get_keyring()
    backend = fail.Keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def _never_ask(where: str, may_remember: bool, failed: bool) -> PasswordAnswer | None:
    raise AssertionError(f"asked for a password for {where} although none was needed")


PG_URL = make_url("postgresql+psycopg://clerk@db.example.test:5433/customers")


def test_memory_keyring_is_not_chosen_by_itself() -> None:
    viable = list(keyring.backend.KeyringBackend.get_viable_backends())
    assert MemoryKeyring in viable  # defined, registered...
    best = max(viable, key=lambda cls: cls.priority)
    assert best is not MemoryKeyring  # ...but never the automatic choice
    assert not isinstance(keyring.get_keyring(), MemoryKeyring)


def test_store_and_read_back_under_service_custadmin(memory_keyring: MemoryKeyring) -> None:
    secret = f"pw-{uuid.uuid4().hex}"
    assert keyring_usable()
    assert stored_password(PG_URL) is None
    assert store_password(PG_URL, secret) is True
    assert stored_password(PG_URL) == secret
    assert memory_keyring.secrets == {(KEYRING_SERVICE, keyring_account(PG_URL)): secret}
    assert KEYRING_SERVICE == "custadmin"
    # The account names the user, server and database, so two databases never share it.
    other = PG_URL.set(database="other")
    assert keyring_account(other) != keyring_account(PG_URL)
    assert stored_password(other) is None


def _files_containing(secret: bytes, roots: list[Path], since: float) -> list[Path]:
    hits: list[Path] = []
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath, name)
                try:
                    stat = path.stat()
                    if stat.st_mtime < since - 1 or stat.st_size > 5_000_000:
                        continue
                    if secret in path.read_bytes():
                        hits.append(path)
                except OSError:
                    continue
    return hits


def test_stored_password_is_in_no_file(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    started = time.time()
    secret = f"pw-{uuid.uuid4().hex}"
    assert store_password(PG_URL, secret)
    home = Path.home()
    roots = [
        tmp_path,
        Path(keyring.util.platform_.data_root()),
        Path(keyring.util.platform_.config_root()),
        home / ".local",
        home / ".config",
        home / ".cache",
    ]
    assert _files_containing(secret.encode(), roots, started) == []
    top_level = [p for p in home.iterdir() if p.is_file()]
    assert all(secret.encode() not in p.read_bytes() for p in top_level)


def test_keyrings_alt_is_not_installed() -> None:
    # keyrings.alt stores secrets in a plaintext (base64) file: never depend on it.
    assert importlib.util.find_spec("keyrings") is None or (
        importlib.util.find_spec("keyrings.alt") is None
    )


def test_without_a_keyring_nothing_fails(failing_keyring: fail.Keyring) -> None:
    assert keyring_usable() is False
    assert stored_password(PG_URL) is None
    assert store_password(PG_URL, "secret") is False


def test_sqlite_ignores_passwords(memory_keyring: MemoryKeyring, sqlite_path: str) -> None:
    db = open_with_credentials(sqlite_path, _never_ask)
    try:
        assert db.dialect == "sqlite"
    finally:
        db.dispose()
    assert memory_keyring.calls == []


def test_sqlite_with_failing_keyring_opens(failing_keyring: fail.Keyring, sqlite_path: str) -> None:
    db = open_with_credentials(sqlite_path, None)
    db.dispose()


def test_postgres_password_from_keyring_is_used(
    memory_keyring: MemoryKeyring, pg_database_url: URL
) -> None:
    secret = f"pw-{uuid.uuid4().hex}"
    assert store_password(pg_database_url, secret)
    memory_keyring.calls.clear()
    db = open_with_credentials(pg_database_url, _never_ask)
    try:
        assert db.engine.url.password == secret
        assert secret not in repr(db.engine.url)
    finally:
        db.dispose()
    assert memory_keyring.calls == ["get"]


def test_postgres_without_stored_password_is_not_asked_when_none_needed(
    memory_keyring: MemoryKeyring, pg_database_url: URL
) -> None:
    db = open_with_credentials(pg_database_url, _never_ask)
    try:
        assert db.engine.url.password is None
    finally:
        db.dispose()
    assert "set" not in memory_keyring.calls


def test_postgres_password_in_url_skips_keyring(
    memory_keyring: MemoryKeyring, pg_database_url: URL
) -> None:
    db = open_with_credentials(pg_database_url.set(password="given"), _never_ask)
    try:
        assert db.engine.url.password == "given"
    finally:
        db.dispose()
    assert memory_keyring.calls == []


def test_postgres_with_failing_keyring_opens_without_asking(
    failing_keyring: fail.Keyring, pg_database_url: URL
) -> None:
    db = open_with_credentials(pg_database_url, _never_ask)
    db.dispose()

"""Database passwords: keyring round trip, no keyring, never a file, never asked needlessly."""

from __future__ import annotations

import base64
import importlib.util
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.macOS as macOS
import keyring.errors
import keyring.util.platform_
import pytest
from keyring.backends import SecretService, Windows, chainer, fail, kwallet, libsecret, null
from sqlalchemy.engine import URL, make_url

from custadmin.domain.errors import AuthenticationFailed
from custadmin.storage import credentials
from custadmin.storage.credentials import (
    KEYRING_SERVICE,
    PasswordAnswer,
    keyring_account,
    keyring_refusal,
    keyring_usable,
    open_with_credentials,
    store_operator_token,
    store_password,
    stored_operator_token,
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
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    # The explicit opt-in: only the OS stores are trusted otherwise.
    monkeypatch.setattr(credentials, "TRUSTED_TEST_BACKENDS", frozenset({MemoryKeyring}))
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


# --- only backends that keep secrets in the OS's protected store -------------------------


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """What keyrings.alt's PlaintextKeyring does: base64 in a plain file.

    Named as keyrings.alt names it; negative priority, so that defining it
    does not make it the default.
    """

    priority = -1
    folder: Path = Path()

    def _file(self) -> Path:
        return self.folder / "keyring_pass.cfg"

    def get_password(self, service: str, username: str) -> str | None:
        for line in self._file().read_text().splitlines() if self._file().exists() else []:
            key, _, value = line.partition("=")
            if key == f"{service}/{username}":
                return base64.b64decode(value).decode()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._file().open("a") as file:
            file.write(f"{service}/{username}={base64.b64encode(password.encode()).decode()}\n")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError(service)


PlaintextKeyring.__module__ = "keyrings.alt.file"


class EncryptedKeyring(PlaintextKeyring):
    priority = -1


EncryptedKeyring.__module__ = "keyrings.alt.file"


class Keyring(MemoryKeyring):
    """A class that only calls itself keyring.backends.SecretService.Keyring."""

    priority = -1


Keyring.__module__ = "keyring.backends.SecretService"


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[Callable[[keyring.backend.KeyringBackend], None]]:
    previous = keyring.get_keyring()

    def install(backend: keyring.backend.KeyringBackend) -> None:
        keyring.set_keyring(backend)

    PlaintextKeyring.folder = tmp_path
    try:
        yield install
    finally:
        keyring.set_keyring(previous)


def test_a_plaintext_keyring_is_refused_by_name_and_nothing_reaches_its_file(
    installed: Callable[[keyring.backend.KeyringBackend], None], tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert max(keyring.backend.KeyringBackend.get_viable_backends(),
               key=lambda cls: cls.priority) is not PlaintextKeyring
    installed(PlaintextKeyring())
    secret = f"pw-{uuid.uuid4().hex}"
    with caplog.at_level(logging.WARNING):
        assert keyring_usable() is False
        assert store_password(PG_URL, secret) is False
        assert store_operator_token(PG_URL, secret) is False
    assert not (tmp_path / "keyring_pass.cfg").exists()
    # What such a backend kept before is not trusted either.
    PlaintextKeyring().set_password(KEYRING_SERVICE, keyring_account(PG_URL), secret)
    assert stored_password(PG_URL) is None
    assert stored_operator_token(PG_URL) is None
    said = caplog.text
    assert "keyrings.alt.file.PlaintextKeyring" in said and "plain file" in said
    assert secret not in said
    assert keyring_refusal() == "it keeps secrets in a plain file, only base64-encoded"


def test_the_operator_is_asked_each_session_and_offered_no_remembering(
    installed: Callable[[keyring.backend.KeyringBackend], None], tmp_path: Path,
    pg_database_url: URL,
) -> None:
    installed(PlaintextKeyring())
    offered: list[bool] = []

    def ask(where: str, may_remember: bool, failed: bool) -> PasswordAnswer | None:
        offered.append(may_remember)
        return PasswordAnswer("secret", remember=True) if len(offered) < 2 else None

    # A user the server refuses (28000), so that the password is asked for.
    url = pg_database_url.set(username=f"nobody_{uuid.uuid4().hex[:8]}")
    with pytest.raises(AuthenticationFailed):
        open_with_credentials(url, ask, create=False)
    assert offered == [False, False]
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_an_encrypted_file_keyring_is_refused_saying_why(
    installed: Callable[[keyring.backend.KeyringBackend], None],
) -> None:
    installed(EncryptedKeyring())
    assert keyring_usable() is False
    assert "master password" in (keyring_refusal() or "")


@pytest.mark.parametrize("backend", [null.Keyring, fail.Keyring], ids=["null", "fail"])
def test_null_and_fail_backends_are_refused(
    installed: Callable[[keyring.backend.KeyringBackend], None],
    backend: type[keyring.backend.KeyringBackend],
) -> None:
    installed(backend())
    assert keyring_usable() is False
    assert store_password(PG_URL, "secret") is False


def test_a_class_that_only_borrows_an_allowed_name_is_refused(
    installed: Callable[[keyring.backend.KeyringBackend], None],
) -> None:
    installed(Keyring())
    assert (type(keyring.get_keyring()).__module__, "Keyring") in credentials.OS_STORE_BACKENDS
    assert keyring_usable() is False
    assert store_password(PG_URL, "secret") is False


@pytest.mark.parametrize("backend", [SecretService.Keyring, libsecret.Keyring,
                                     kwallet.DBusKeyring, macOS.Keyring,
                                     Windows.WinVaultKeyring],
                         ids=["SecretService", "libsecret", "KWallet", "macOS", "Windows"])
def test_the_operating_systems_stores_are_accepted(
    installed: Callable[[keyring.backend.KeyringBackend], None],
    backend: type[keyring.backend.KeyringBackend],
) -> None:
    installed(backend())
    assert keyring_usable() is True


def test_a_chain_is_accepted_only_if_everything_it_chains_is(
    installed: Callable[[keyring.backend.KeyringBackend], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    installed(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends",
                        [SecretService.Keyring(), kwallet.DBusKeyring()])
    assert keyring_usable() is True
    monkeypatch.setattr(chainer.ChainerBackend, "backends",
                        [SecretService.Keyring(), PlaintextKeyring()])
    assert keyring_usable() is False
    assert "PlaintextKeyring" in (keyring_refusal() or "")
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert keyring_usable() is False

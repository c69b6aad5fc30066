"""Every way a database cannot be opened ends in a clear StorageError."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

import custadmin.storage.engine as engine_module
from custadmin.domain.accounts import NewAccount
from custadmin.domain.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotCustadminDatabase,
    StorageError,
)
from custadmin.services.accounts import count_accounts, create_account
from custadmin.services.workspace import Workspace
from custadmin.storage.engine import create_db_engine, normalize_url
from custadmin.storage.migrate import head_revision, open_database
from factories import open_workspace

NewAccountFactory = Callable[..., NewAccount]
PG_ENV = "CUSTADMIN_TEST_DATABASE_URL"
TRACEBACK_MARKERS = ("Traceback", 'File "', "sqlalche.me", "(sqlite3.", "(psycopg.")


def assert_clear(error: StorageError, *, secret: str = "") -> None:
    """A message for the operator: present, one thing, no driver traceback."""
    assert isinstance(error.message, str)
    assert error.message.strip()
    for marker in TRACEBACK_MARKERS:
        assert marker not in error.message, error.message
    assert str(error) == error.message or error.message in str(error)
    if secret:
        assert secret not in error.message
        assert secret not in str(error)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _journal_mode(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return str(raw.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        raw.close()


def _make_custadmin_file(path: Path) -> None:
    open_database(str(path)).dispose()
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "custadmin.sqlite3"


# --- SQLite ------------------------------------------------------------------------


def test_damaged_file(path: Path) -> None:
    path.write_bytes(os.urandom(16384))
    before = _digest(path)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(str(path))
    assert_clear(info.value)
    assert str(path) in info.value.message
    assert _digest(path) == before


def test_damaged_custadmin_file(path: Path) -> None:
    _make_custadmin_file(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(4096 - 100)  # the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as info:
        open_database(str(path))
    assert_clear(info.value)


def test_sqlite_file_of_another_application(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE foo (x INTEGER)")
    raw.execute("INSERT INTO foo VALUES (1)")
    raw.commit()
    raw.close()
    before = _digest(path)
    with pytest.raises(NotCustadminDatabase) as info:
        open_database(str(path))
    assert_clear(info.value)
    # Another program's file is not custadmin's to change (not even its journal mode).
    assert _journal_mode(path) == "delete"
    assert _digest(path) == before


def test_foreign_application_id(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA application_id = 1234")
    raw.execute("CREATE TABLE account (x INTEGER)")
    raw.commit()
    raw.close()
    before = _digest(path)
    with pytest.raises(NotCustadminDatabase) as info:
        open_database(str(path))
    assert_clear(info.value)
    assert _journal_mode(path) == "delete"
    assert _digest(path) == before


def test_database_of_a_newer_custadmin_is_refused_and_left_alone(path: Path) -> None:
    _make_custadmin_file(path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = 'ffff99'")
    raw.commit()
    raw.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew) as info:
        open_database(str(path))
    assert_clear(info.value)
    assert "ffff99" in info.value.message
    assert _digest(path) == before
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("ffff99",)]
    finally:
        raw.close()
    assert not list(path.parent.glob("*.before-upgrade-*"))


def test_missing_file_without_create(path: Path) -> None:
    with pytest.raises(DatabaseMissing) as info:
        open_database(str(path), create=False)
    assert_clear(info.value)
    assert not path.exists()


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing) as info:
        open_database(str(tmp_path))
    assert_clear(info.value)


def test_locked_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("CREATE TABLE t (x INTEGER)")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLocked) as info:
            open_database(str(path))
        assert_clear(info.value)
    finally:
        holder.close()


def _read_only_url(path: Path) -> str:
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def test_read_only_database_refuses_saves_clearly(
    path: Path, new_account: NewAccountFactory
) -> None:
    # We run as root, so file permissions cannot make a file read-only; the
    # driver's read-only mode stands in for them.
    _make_custadmin_file(path)
    db = open_workspace(_read_only_url(path))
    try:
        assert count_accounts(db) == 0
        with pytest.raises(DatabaseReadOnly) as info:
            create_account(db, new_account())
        assert_clear(info.value)
        assert count_accounts(db) == 0
    finally:
        db.dispose()


def test_read_only_database_that_needs_creating(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 0")
    raw.close()
    assert path.exists()
    with pytest.raises(DatabaseReadOnly) as info:
        open_database(_read_only_url(path))
    assert_clear(info.value)


def _still_writable(path: Path) -> bool:
    try:
        with path.open("ab"):
            pass
        probe = path.parent / f".probe-{uuid.uuid4().hex}"
        probe.touch()
        probe.unlink()
    except OSError:
        return False
    return True


def test_read_only_permissions(path: Path, new_account: NewAccountFactory) -> None:
    _make_custadmin_file(path)
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        if _still_writable(path):
            pytest.skip(
                "file permissions do not stop this user (root) from writing; "
                "test_read_only_database_* cover read-only via mode=ro"
            )
        with pytest.raises(DatabaseReadOnly) as info:  # pragma: no cover - not as root
            db = open_workspace(str(path))
            try:
                create_account(db, new_account())
            finally:
                db.dispose()
        assert_clear(info.value)  # pragma: no cover
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)


def test_empty_file_becomes_a_new_database(path: Path) -> None:
    path.touch()
    db = open_workspace(str(path), create=False)
    try:
        assert count_accounts(db) == 0
    finally:
        db.dispose()


def test_network_share_is_refused(
    tmp_path: Path, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mounts = f"server:/export {tmp_path} nfs4 rw,relatime 0 0\n/dev/sda1 / ext4 rw 0 0\n"

    def fake_open(name: str, *args: object, **kwargs: object) -> io.StringIO:
        assert name == "/proc/mounts"
        return io.StringIO(mounts)

    monkeypatch.setattr(engine_module, "open", fake_open, raising=False)
    assert engine_module.is_network_path(path)
    with pytest.raises(StorageError) as info:
        open_database(str(path))
    assert_clear(info.value)
    assert "network" in info.value.message.lower()
    assert not path.exists()


def test_local_disk_is_not_a_network_share(path: Path) -> None:
    assert not engine_module.is_network_path(path.parent)


def test_newer_schema_refused_on_both_back_ends(db: Workspace) -> None:
    url = db.engine.url
    with db.writing() as uow:
        uow.session.execute(text("UPDATE alembic_version SET version_num = 'ffff99'"))
        uow.commit()
    db.dispose()
    with pytest.raises(DatabaseTooNew) as info:
        open_database(url)
    assert_clear(info.value)
    reopened = create_db_engine(url)
    try:
        with reopened.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        reopened.dispose()
    assert version == "ffff99"


# --- PostgreSQL ------------------------------------------------------------------------


@pytest.fixture
def pg_admin_url() -> URL:
    raw = os.environ.get(PG_ENV)
    if not raw:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    return normalize_url(raw)


@pytest.mark.postgres
def test_postgres_database_that_does_not_exist(pg_admin_url: URL) -> None:
    url = pg_admin_url.set(database=f"custadmin_missing_{uuid.uuid4().hex[:10]}")
    with pytest.raises(DatabaseMissing) as info:
        open_database(url)
    assert_clear(info.value)


@pytest.mark.postgres
def test_postgres_server_unreachable(pg_admin_url: URL) -> None:
    secret = f"pw-{uuid.uuid4().hex}"
    url = pg_admin_url.set(host="127.0.0.1", port=1, password=secret)
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(url)
    assert_clear(info.value, secret=secret)


@pytest.mark.postgres
def test_postgres_database_of_another_application(pg_database_url: URL) -> None:
    engine = create_db_engine(pg_database_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE foo (x integer)"))
    finally:
        engine.dispose()
    with pytest.raises(NotCustadminDatabase) as info:
        open_database(pg_database_url)
    assert_clear(info.value)


# --- command line ------------------------------------------------------------------------


def _app_missing() -> bool:
    return importlib.util.find_spec("custadmin.app") is None


@pytest.mark.skipif(_app_missing(), reason="custadmin.app is not written yet")
def test_command_line_check(tmp_path: Path, path: Path) -> None:
    _make_custadmin_file(path)
    home = tmp_path / "home"  # logs and settings of the child stay in tmp_path
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    env.pop("CUSTADMIN_DATABASE_URL", None)

    def check(target: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "custadmin", "--check", "--database", str(target)],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )

    good = check(path)
    assert good.returncode == 0, good.stderr
    assert head_revision() in good.stdout
    assert "Traceback" not in good.stdout + good.stderr

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(os.urandom(8192))
    missing = tmp_path / "typo.sqlite3"
    for target in (damaged, missing):
        bad = check(target)
        output = bad.stdout + bad.stderr
        assert bad.returncode not in (0, 1), output  # 1 would be an unhandled exception
        assert bad.stderr.strip()
        assert "Traceback" not in output
    assert not missing.exists()  # a typed path is never silently created

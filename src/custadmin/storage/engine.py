"""Engines for SQLite (the embedded default) and PostgreSQL.

SQLite follows SQLAlchemy's documented recipe for correct transactions with
pysqlite: the driver's own transaction handling is switched off
(``isolation_level = None``) and SQLAlchemy's ``begin`` event emits BEGIN
itself. Without it pysqlite does not BEGIN before a SELECT, lets DDL commit
on its own, and a released SAVEPOINT survives an outer rollback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url

from custadmin.domain.errors import StorageError
from custadmin.domain.messages import Message
from custadmin.storage.embedded import APP_NAME, default_database_path
from custadmin.storage.embedded import SQLITE_APPLICATION_ID as SQLITE_APPLICATION_ID

BUSY_TIMEOUT_MS = 5000

# PostgreSQL: a save must end, with a message, well within 45 seconds however
# the network or the server fails. The server stops a statement that runs too
# long (statement_timeout, SQLSTATE 57014) or waits too long for a row lock
# (lock_timeout, 55P03: someone else is saving it), and ends a transaction
# left open by a client that vanished (it would hold its locks for hours).
# A server that stops answering (a black-holed network) is noticed by the
# client's TCP keepalives when nothing is in flight and by tcp_user_timeout
# when a request goes unacknowledged: otherwise psycopg waits for minutes.
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 30_000
SERVER_LIMITS: dict[str, int] = {
    "statement_timeout": STATEMENT_TIMEOUT_MS,
    "lock_timeout": 10_000,
    "idle_in_transaction_session_timeout": 60_000,
}
#: libpq parameters: a dead peer is given up after idle + interval × count
#: seconds (20 s), unacknowledged data after tcp_user_timeout milliseconds.
TCP_KEEPALIVES: dict[str, int] = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 2,
    "tcp_user_timeout": 20_000,
}
#: Execution option that makes a unit of work take the write lock at BEGIN.
BEGIN_MODE = "custadmin_begin"

_NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "afs", "ncpfs", "davfs"}
)


def default_database_url() -> URL:
    return URL.create("sqlite+pysqlite", database=str(default_database_path()))


def normalize_url(url: str | URL) -> URL:
    """Accept ``postgresql://`` and plain paths as users tend to type them."""
    if isinstance(url, URL):
        parsed = url
    elif "://" not in url:
        parsed = URL.create("sqlite+pysqlite", database=str(Path(url).expanduser()))
    else:
        parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.drivername == "sqlite":
        parsed = parsed.set(drivername="sqlite+pysqlite")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError(Message("database.unsupported", backend=parsed.get_backend_name()))
    return parsed


def is_network_path(path: Path) -> bool:
    """Whether ``path`` lies on a network filesystem, where WAL is unsafe."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        return resolved.startswith("\\\\")
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            best, best_type = "", ""
            for line in mounts:
                parts = line.split()
                if len(parts) < 3:
                    continue
                mount_point = parts[1].replace("\\040", " ")
                inside = resolved == mount_point or resolved.startswith(
                    mount_point.rstrip("/") + "/"
                )
                if inside and len(mount_point) > len(best):
                    best, best_type = mount_point, parts[2]
            return best_type in _NETWORK_FS
    except OSError:
        return False


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level: pragmas below take effect (inside an
    # open transaction foreign_keys is silently ignored) and SQLAlchemy's
    # begin event decides where transactions start.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # NORMAL in WAL mode survives application crashes (kill -9); only the
        # last commits before a power loss may be lost.
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    # Writes take the lock at BEGIN so that read-then-write cannot interleave
    # with another process (lost updates); waiting for it is the busy timeout.
    mode = conn.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(url: str | URL, **kwargs: Any) -> Engine:
    parsed = normalize_url(url)
    # Statement parameters never reach a log (echo) or an error's text: they
    # hold personal identity numbers and password hashes.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": APP_NAME,
        **TCP_KEEPALIVES,
        "options": _server_options(parsed),
    }
    if os.environ.get("PGAPPNAME"):
        connect_args.pop("application_name")
    return create_engine(parsed, connect_args=connect_args, pool_pre_ping=True, **kwargs)


def _server_options(url: URL) -> str:
    """Our limits as libpq ``options``, then the operator's own (later ``-c`` wins).

    Passing ``options`` makes libpq ignore ``PGOPTIONS``, so that is kept too.
    """
    limits = " ".join(f"-c {name}={value}" for name, value in SERVER_LIMITS.items())
    given = url.query.get("options") or os.environ.get("PGOPTIONS") or ""
    if not isinstance(given, str):  # the parameter given twice in the URL
        given = " ".join(given)
    return f"{limits} {given}".strip()


def display_url(url: URL) -> str:
    """The URL as it may appear in messages and logs: never with a password."""
    if url.get_backend_name() == "sqlite":
        database = str(url.database)
        if database.startswith("file:"):  # an SQLite URI: its path
            return unquote(urlsplit(database).path) or database
        return database
    return url.render_as_string(hide_password=True)

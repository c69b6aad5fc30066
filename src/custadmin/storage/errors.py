"""Translate driver errors into the domain's errors, once, for every caller."""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from custadmin.domain import errors as e
from custadmin.domain.messages import Message

BUSY_MESSAGE = Message("database.busy")
LOST_MESSAGE = Message("database.connection_lost")


#: A write could not get the database (or the row) in time; nothing was saved.
#: Defined with the domain's errors so the UI can tell it from a real conflict.
DatabaseBusy = e.DatabaseBusy


def _sqlite_name(orig: BaseException) -> str:
    return str(getattr(orig, "sqlite_errorname", "") or "")


def translate(exc: BaseException) -> BaseException:
    """The domain error for ``exc``, or ``exc`` itself when it has none.

    Conflicts arrive in several shapes (stale version, SQLite busy/snapshot,
    PostgreSQL serialization failure or lock timeout); all become
    :class:`~custadmin.domain.errors.ConflictError` so the UI has one outcome
    to handle. A connection that breaks (a backend terminated, SQLSTATE class
    57, or the network gone) is a lost connection; a statement the server
    stopped (57014, the engine's statement timeout) says so.
    """
    if isinstance(exc, e.CustadminError):
        return exc
    if isinstance(exc, StaleDataError):
        return e.ConflictError()
    if isinstance(exc, sa_exc.IntegrityError):
        return exc  # services turn these into field errors where they know the field
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        orig: BaseException = exc  # raised on the driver connection itself
    elif isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        orig = exc.orig
    else:
        return exc
    text = str(orig)
    if isinstance(orig, sqlite3.Error):
        name = _sqlite_name(orig)
        lowered = text.lower()
        if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or (
            "database is locked" in lowered
        ):
            if name == "SQLITE_BUSY_SNAPSHOT":
                return e.ConflictError()
            return DatabaseBusy(BUSY_MESSAGE)
        if name.startswith("SQLITE_READONLY") or "readonly database" in lowered:
            return e.DatabaseReadOnly(Message("database.read_only_file"), text)
        if name == "SQLITE_FULL" or "disk is full" in lowered:
            return e.DiskFull(Message("database.disk_full"), text)
        if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in lowered or (
            "malformed" in lowered
        ):
            return e.DatabaseDamaged(Message("database.damaged"), text)
        if name.startswith("SQLITE_CANTOPEN") or "unable to open" in lowered:
            return e.DatabaseMissing(Message("database.file_cannot_open"), text)
        return exc
    sqlstate = str(getattr(orig, "sqlstate", "") or "")
    if sqlstate in ("28P01", "28000") or "no password supplied" in text or (
        "password authentication failed" in text
    ) or re.search(r'role ".*" does not exist', text):
        return e.AuthenticationFailed(Message("database.authentication_failed"), text)
    if sqlstate == "40001":
        return e.ConflictError()
    if sqlstate in ("40P01", "55P03"):
        # A deadlock, or a row lock not granted within lock_timeout: someone
        # else is saving it now. Nothing changed yet: not a conflict to show.
        return DatabaseBusy(BUSY_MESSAGE)
    if sqlstate == "25006":
        return e.DatabaseReadOnly(Message("database.read_only_server"), text)
    if sqlstate.startswith("53"):
        return e.DiskFull(Message("database.server_full"), text)
    # psycopg reports connection-time failures without an SQLSTATE.
    if sqlstate == "3D000" or re.search(r'database ".*" does not exist', text):
        return e.DatabaseMissing(Message("database.missing_on_server"), text)
    if sqlstate == "57014":  # query_canceled: our statement_timeout, or pg_cancel_backend
        if "statement timeout" in text:
            return e.DatabaseTimedOut(Message("database.statement_timeout"), text)
        return e.DatabaseTimedOut(Message("database.cancelled_on_server"), text)
    if sqlstate == "57P03":  # cannot_connect_now: starting up or shutting down
        return e.DatabaseUnavailable(Message("database.unreachable"), text)
    # The rest of class 57 (57P01 admin_shutdown: pg_terminate_backend or a
    # server stop, 57P02 crash, 57P04 database dropped, 57P05 idle timeout)
    # ends the session: the transaction is gone, like a lost connection.
    if sqlstate.startswith("57") or _connection_lost(exc, text):
        return e.DatabaseUnavailable(LOST_MESSAGE, text)
    operational = isinstance(exc, sa_exc.OperationalError) or (
        orig is exc and type(exc).__name__ == "OperationalError")
    if sqlstate.startswith("08") or (operational and not sqlstate):
        return e.DatabaseUnavailable(Message("database.unreachable"), text)
    return exc


#: What libpq/psycopg say when an established connection breaks (no SQLSTATE).
_LOST_MARKERS = (
    "server closed the connection",
    "consuming input failed",
    "sending query failed",
    "connection is closed",
    "connection is lost",
    "terminating connection",
    "could not receive data from server",
    "could not send data to server",
    "ssl syscall error",
    "ssl connection has been closed",
)


def _connection_lost(exc: BaseException, text: str) -> bool:
    """Whether ``exc`` says a connection that worked broke (not: could not connect)."""
    if getattr(exc, "connection_invalidated", False):
        return True
    lowered = text.lower()
    return any(marker in lowered for marker in _LOST_MARKERS)

"""Translate driver errors into the domain's errors, once, for every caller."""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from custadmin.domain import errors as e
from custadmin.domain.messages import Message

BUSY_MESSAGE = Message("database.busy")


class DatabaseBusy(e.ConflictError):
    """A write could not get the database in time; nothing was saved."""


def _sqlite_name(orig: BaseException) -> str:
    return str(getattr(orig, "sqlite_errorname", "") or "")


def translate(exc: BaseException) -> BaseException:
    """The domain error for ``exc``, or ``exc`` itself when it has none.

    Conflicts arrive in several shapes (stale version, SQLite busy/snapshot,
    PostgreSQL serialization failure or lock timeout); all become
    :class:`~custadmin.domain.errors.ConflictError` so the UI has one outcome
    to handle.
    """
    if isinstance(exc, e.CustadminError):
        return exc
    if isinstance(exc, StaleDataError):
        return e.ConflictError()
    if isinstance(exc, sa_exc.IntegrityError):
        return exc  # services turn these into field errors where they know the field
    if isinstance(exc, sqlite3.Error):
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
    ):
        return e.AuthenticationFailed(Message("database.authentication_failed"), text)
    if sqlstate in ("40001", "40P01", "55P03"):
        return e.ConflictError()
    if sqlstate == "25006":
        return e.DatabaseReadOnly(Message("database.read_only_server"), text)
    if sqlstate.startswith("53"):
        return e.DiskFull(Message("database.server_full"), text)
    # psycopg reports connection-time failures without an SQLSTATE.
    if sqlstate == "3D000" or re.search(r'database ".*" does not exist', text):
        return e.DatabaseMissing(Message("database.missing_on_server"), text)
    if sqlstate.startswith("08") or (isinstance(exc, sa_exc.OperationalError) and not sqlstate):
        return e.DatabaseUnavailable(Message("database.unreachable"), text)
    return exc

"""Translate driver errors into the domain's errors, once, for every caller."""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from custadmin.domain import errors as e

BUSY_MESSAGE = (
    "The database is busy: someone else is saving at this moment. "
    "Nothing was saved; try again."
)


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
            return e.DatabaseReadOnly(
                "The database is read-only: changes cannot be saved. Check the "
                "file's permissions or ask an administrator.",
                text,
            )
        if name == "SQLITE_FULL" or "disk is full" in lowered:
            return e.DiskFull(
                "The disk is full: nothing was saved. Free some space and save again.", text
            )
        if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in lowered or (
            "malformed" in lowered
        ):
            return e.DatabaseDamaged(
                "The database file is damaged or is not a database. Restore it from a "
                "backup.",
                text,
            )
        if name.startswith("SQLITE_CANTOPEN") or "unable to open" in lowered:
            return e.DatabaseMissing(
                "The database file cannot be opened: check that its folder exists and "
                "that you may write there.",
                text,
            )
        return exc
    sqlstate = str(getattr(orig, "sqlstate", "") or "")
    if sqlstate in ("28P01", "28000") or "no password supplied" in text or (
        "password authentication failed" in text
    ):
        return e.AuthenticationFailed(
            "The database server refused the user name or password.", text
        )
    if sqlstate in ("40001", "40P01", "55P03"):
        return e.ConflictError()
    if sqlstate == "25006":
        return e.DatabaseReadOnly("The database server accepts no changes (read-only).", text)
    if sqlstate.startswith("53"):
        return e.DiskFull("The database server is out of space: nothing was saved.", text)
    # psycopg reports connection-time failures without an SQLSTATE.
    if sqlstate == "3D000" or re.search(r'database ".*" does not exist', text):
        return e.DatabaseMissing("The database does not exist on that server.", text)
    if sqlstate.startswith("08") or (isinstance(exc, sa_exc.OperationalError) and not sqlstate):
        return e.DatabaseUnavailable(
            "The database server cannot be reached. Check the network and the "
            "database address, then try again.",
            text,
        )
    return exc

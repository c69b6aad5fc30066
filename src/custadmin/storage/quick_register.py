"""The whole register read with the standard library's ``sqlite3``, at start-up.

Importing SQLAlchemy, the services and the domain rules takes ~0.4 s, more
than half of a start-up. On the embedded database the register's first rows
are painted from here instead, and the rest is imported and opened after
that paint (:meth:`QuickRegister.hand_over`).

It reads only what :mod:`custadmin.services.register` reads for the whole
register (no search text), in any sort order, with the same SQL; a test
compares the two row by row. A search is answered by the full reader once it
is handed over (until then a worker waits for it).

Only a file that custadmin would open as it is goes this way: custadmin's
application id, the write-ahead log already on, the schema at this version's
head. Anything else (missing, locked, older, newer, someone else's file)
makes :func:`open_quick_register` return None, and the ordinary path opens
it with its checks, upgrades and messages.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from custadmin.domain.errors import StorageError
from custadmin.domain.messages import Message
from custadmin.domain.register import (
    FIRST_PAGE_ROWS,
    RegisterPage,
    RegisterQuery,
    StoredRegisterRow,
    sort_column,
)
from custadmin.storage.embedded import PACKAGED_HEAD, SQLITE_APPLICATION_ID
from custadmin.storage.register_reading import (
    RegisterSource,
    SearchCancel,
    SearchCancelled,
    joined_ids,
    packed_sqlite,
    read_packed_ids,
)

log = logging.getLogger(__name__)

_STORED_ROWS = (
    "SELECT account.id, account.customer_number, account.name, account.org_number, "
    "account.country, contact.first_name, contact.last_name, contact.email, "
    "contact.phone, contact.city FROM account JOIN contact "
    "ON contact.account_id = account.id AND contact.is_main = 1 WHERE account.id IN ({})"
)

#: IDs of the whole register read per statement (as ``services.register``).
WHOLE_REGISTER_CHUNK = 200_000
_BUSY_TIMEOUT_S = 5.0


@dataclass(frozen=True, slots=True)
class _Order:
    """The register's IDs in display order, as SQL pieces.

    Written as SQLAlchemy compiles ``services.register.ordered_ids``, so that
    SQLite picks the same indexes (the partial main-contact ones match only
    ``contact.is_main = 1`` written exactly so).
    """

    table: str
    where: str  # "" or a condition
    key: str
    id_column: str
    descending: bool

    @classmethod
    def of(cls, query: RegisterQuery) -> _Order:
        table, column = sort_column(query)
        if table == "contact":
            return cls(table, "contact.is_main = 1", f"contact.{column}",
                       "contact.account_id", query.descending)
        return cls(table, "", f"account.{column}", "account.id", query.descending)

    def ids(self, after: bool = False) -> str:
        """SQL of the IDs, ``after`` a (key, ID) position given as two parameters."""
        conditions = [c for c in (self.where, self._after() if after else "") if c]
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        direction = " DESC" if self.descending else ""
        return (f"SELECT {self.id_column} AS id FROM {self.table}{where} "
                f"ORDER BY {self.key}{direction}, {self.id_column}{direction}")

    def _after(self) -> str:
        return f"({self.key}, {self.id_column}) {'<' if self.descending else '>'} (?, ?)"

    def key_of(self) -> str:
        """SQL of the sort key of one account (its ID a parameter)."""
        where = f"{self.where} AND " if self.where else ""
        return f"SELECT {self.key} FROM {self.table} WHERE {where}{self.id_column} = ?"


def _packed_ids(conn: sqlite3.Connection, sql: str, args: Sequence[object]) -> array[int]:
    """Every ID of ``sql``, packed by SQLite (:func:`read_packed_ids`)."""
    return read_packed_ids(
        # fetchall: the statement is done with (reset) before this returns.
        lambda typecode: conn.execute(packed_sqlite(sql, typecode), tuple(args)).fetchall()[0])


class QuickRegister:
    """A :class:`RegisterSource` over one SQLite file, until the full one is handed over."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._full: RegisterSource | None = None
        self._failure: BaseException | None = None
        self._handed_over = threading.Event()

    # --- connections ----------------------------------------------------------

    def connect(self) -> sqlite3.Connection:
        """A read-only connection of this thread (the file is never created or written)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"{self.path.resolve().as_uri()}?mode=rw"
            conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S,
                                   isolation_level=None, check_same_thread=True)
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
        return conn

    def _read(self, sql: str, args: Sequence[object] = ()) -> list[tuple[object, ...]]:
        # One statement, one snapshot (autocommit: no transaction left open).
        return self.connect().execute(sql, tuple(args)).fetchall()

    # --- handing over to the full reader --------------------------------------

    def hand_over(self, full: RegisterSource) -> None:
        """From now on searches go to ``full`` (SQLAlchemy is loaded and the database open)."""
        self._full = full
        self._handed_over.set()

    def fail(self, exc: BaseException) -> None:
        """The full reader will not come: waiting searches raise ``exc``."""
        self._failure = exc
        self._handed_over.set()

    def _full_reader(self) -> RegisterSource:
        # On a worker thread: a search typed in the first moment waits here
        # (never the GUI thread, which asks only for the whole register).
        self._handed_over.wait()
        if self._full is None:
            raise StorageError(Message("database.open_failed")) from self._failure
        return self._full

    # --- RegisterSource -------------------------------------------------------

    def first_page(self, query: RegisterQuery, rows: int = FIRST_PAGE_ROWS) -> RegisterPage:
        if query.text.strip():
            return self._full_reader().first_page(query, rows)
        conn = self.connect()
        conn.execute("BEGIN")
        try:
            (total,) = conn.execute("SELECT count(*) FROM account").fetchone()
            ids = _packed_ids(conn, _Order.of(query).ids() + " LIMIT ?", (rows,))
        finally:
            conn.execute("COMMIT")
        return RegisterPage(ids, int(total))

    def ids_at(self, query: RegisterQuery, offset: int, rows: int) -> array[int]:
        if query.text.strip():
            return self._full_reader().ids_at(query, offset, rows)
        # Autocommit: each statement its own snapshot (the wide form, when
        # needed, a second statement).
        return _packed_ids(self.connect(), _Order.of(query).ids() + " LIMIT ? OFFSET ?",
                           (rows, offset))

    def all_ids(self, query: RegisterQuery, cancel: SearchCancel | None = None) -> array[int]:
        if query.text.strip():
            return self._full_reader().all_ids(query, cancel)
        conn = self.connect()
        if cancel is not None:
            cancel.attach(conn)
        try:
            conn.execute("BEGIN")
            try:
                return self._whole_register(conn, query)
            finally:
                conn.execute("COMMIT")
        except sqlite3.Error:
            if cancel is not None and cancel.cancelled:
                raise SearchCancelled("search cancelled") from None
            raise
        finally:
            if cancel is not None:
                cancel.detach(conn)

    def _whole_register(self, conn: sqlite3.Connection, query: RegisterQuery) -> array[int]:
        # In chunks that continue from the last key read (keyset paging on
        # the sort index), as services.register does.
        order = _Order.of(query)
        ids: array[int] | None = None
        args: tuple[object, ...] = ()
        while True:
            chunk = _packed_ids(conn, order.ids(after=bool(args)) + " LIMIT ?",
                                (*args, WHOLE_REGISTER_CHUNK))
            ids = joined_ids(ids, chunk)
            if len(chunk) < WHOLE_REGISTER_CHUNK:
                return ids
            last = int(chunk[-1])
            ((key,),) = conn.execute(order.key_of(), (last,)).fetchall()
            args = (key, last)

    def stored_rows(self, ids: Sequence[int], search: str = "") -> list[StoredRegisterRow]:
        if search.strip() and self._full is not None:
            # Which contact a search found is the full reader's to say (a
            # search's rows come from it, so it is there by now; never wait
            # for it here: this may be the GUI thread).
            return self._full.stored_rows(ids, search)
        if not ids:
            return []
        rows = self._read(_STORED_ROWS.format(", ".join("?" * len(ids))), [int(i) for i in ids])
        fetched = {row[0]: row for row in rows}
        return [StoredRegisterRow(*fetched[i]) for i in ids if i in fetched]  # type: ignore[arg-type]


def quick_sqlite_path(database: str | None, default: Path) -> Path | None:
    """The SQLite file ``database`` (as given with ``--database``) names, if it names one.

    None for a PostgreSQL URL, an in-memory database or a URL with options:
    those take the ordinary path.
    """
    if database is None:
        return default
    if "://" not in database:
        return Path(database).expanduser()
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if database.startswith(prefix):
            rest = database[len(prefix):]
            if rest and "?" not in rest and rest != ":memory:":
                return Path(rest)
    return None


def open_quick_register(path: Path) -> QuickRegister | None:
    """A :class:`QuickRegister` on ``path`` if custadmin opens that file as it is, else None."""
    if not path.is_file():
        return None
    register = QuickRegister(path)
    try:
        conn = register.connect()
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        (journal,) = conn.execute("PRAGMA journal_mode").fetchone()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error as exc:
        # Locked, damaged, not a database, no schema yet: the ordinary path says what.
        log.info("start-up without the quick register: %s", exc)
        return None
    if app_id != SQLITE_APPLICATION_ID or str(journal).lower() != "wal" or revision != [
        (PACKAGED_HEAD,)
    ]:
        log.info("start-up without the quick register: schema %s, journal %s", revision, journal)
        return None
    return register

"""What the register's two readers share: the interface the register view
reads through, cancelling a search, and unpacking the IDs SQLite hands over.

The readers are ``services.register.DatabaseRegister`` (SQLAlchemy) and
:class:`custadmin.storage.quick_register.QuickRegister` (the standard
library's ``sqlite3``, at start-up). This module imports neither SQLAlchemy
nor Qt.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from array import array
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from custadmin.domain.register import (
    FIRST_PAGE_ROWS,
    RegisterPage,
    RegisterQuery,
    StoredRegisterRow,
)


class SearchCancelled(Exception):
    """A search was cancelled because a newer one made it stale."""


class SearchCancel:
    """Stops a running search for every ID from another thread.

    On SQLite a progress handler on the connection checks the flag every few
    thousand virtual-machine steps and aborts the statement (no race with a
    statement about to start, unlike ``interrupt()``); elsewhere the search
    runs to its end and its result is thrown away. A cancelled search raises
    :class:`SearchCancelled`.
    """

    #: SQLite virtual-machine instructions between two looks at the flag.
    CHECK_EVERY = 20_000

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def _stop(self) -> int:
        return 1 if self._cancelled.is_set() else 0

    def attach(self, driver: object) -> None:
        """Watch ``driver`` (a DB-API connection) until :meth:`detach`."""
        if self.cancelled:
            raise SearchCancelled("search cancelled")
        if isinstance(driver, sqlite3.Connection):
            driver.set_progress_handler(self._stop, self.CHECK_EVERY)

    def detach(self, driver: object) -> None:
        if isinstance(driver, sqlite3.Connection):
            driver.set_progress_handler(None, 0)


#: Array type of the IDs SQLite packs 8 hex digits each: unsigned, 4 bytes
#: (IDs 0 to 2**32 - 1, every ID the app hands out). A million IDs are 4 MB,
#: and a search or a sort holds the old result and the new one for a moment.
NARROW = "I"
#: Array type of any SQLite row ID (8 bytes), for a result with an ID beyond those.
WIDE = "q"
#: Hex digits of one ID in the packed form SQLite hands over, by array type.
HEX_DIGITS = {NARROW: 8, WIDE: 16}
#: IDs decoded per step, so the GUI thread gets the GIL in between.
_DECODE_STEP = 100_000

#: SQLite's packed form of every ID of ``{sql}`` (whose ID column is ``id``),
#: in order, {digits} hex digits an ID at least, and how many there are.
_PACKED_SQLITE = (
    "SELECT group_concat(printf('%0{digits}x', ordered.id), ''), count(*)"
    " FROM ({sql}) AS ordered"
)


def packed_sqlite(sql: str, typecode: str) -> str:
    """SQL that packs the IDs of ``sql`` (column ``id``) for :func:`read_packed_ids`."""
    return _PACKED_SQLITE.format(sql=sql, digits=HEX_DIGITS[typecode])


def read_packed_ids(fetch: Callable[[str], tuple[str | None, int]]) -> array[int]:
    """IDs that SQLite hands over packed (:func:`packed_sqlite`), 4 bytes each
    when they all fit.

    ``fetch(typecode)`` runs the packing statement for that array type and
    returns its one row. An ID out of the narrow range (a row ID the app does
    not hand out, written into the file by other means) takes more than 8
    digits (a negative one 16), so the text is longer than 8 digits an ID:
    then the IDs are read again in the wide form.
    """
    packed, count = fetch(NARROW)
    if len(packed or "") != count * HEX_DIGITS[NARROW]:
        packed, _ = fetch(WIDE)
        return decode_packed_ids(packed, WIDE)
    return decode_packed_ids(packed, NARROW)


def decode_packed_ids(packed: str | None, typecode: str = NARROW) -> array[int]:
    """IDs that SQLite handed over packed in one string, decoded in C.

    Packed by ``group_concat(printf('%08x', id), '')`` (16 digits for a
    :data:`WIDE` array), the query runs in one call that releases the GIL
    throughout. Row by row, the driver would take the GIL back for every
    row, and the GUI thread, which needs it for every cell it paints, was
    measured waiting ~200 ms per screen.
    """
    ids: array[int] = array(typecode)
    text = packed or ""
    step = _DECODE_STEP * HEX_DIGITS[typecode]
    for start in range(0, len(text), step):
        ids.frombytes(bytes.fromhex(text[start : start + step]))
    from_big_endian(ids)  # the hex digits are big-endian
    return ids


def joined_ids(ids: array[int] | None, more: array[int]) -> array[int]:
    """``ids`` (None: none yet) with ``more`` after them, in the wider of their types."""
    if ids is None:
        return more
    if ids.typecode != more.typecode:
        # Widened once: the IDs so far are not copied again for each later chunk.
        ids = ids if ids.typecode == WIDE else array(WIDE, ids)
        more = more if more.typecode == WIDE else array(WIDE, more)
    ids.extend(more)
    return ids


def from_big_endian(ids: array[int]) -> None:
    """Turn IDs read as big-endian bytes (as both databases pack them) into this machine's order."""
    if sys.byteorder == "little":
        ids.byteswap()


class RegisterSource(Protocol):
    """Where the register model reads from (each call may come from any thread)."""

    def first_page(self, query: RegisterQuery, rows: int = FIRST_PAGE_ROWS) -> RegisterPage:
        """The first ``rows`` accounts of ``query`` at once, and how many match in all."""
        ...

    def all_ids(self, query: RegisterQuery, cancel: SearchCancel | None = None) -> array[int]:
        """Every matching account ID in display order; ties broken by ID."""
        ...

    def ids_at(self, query: RegisterQuery, offset: int, rows: int) -> array[int]:
        """The IDs at positions ``offset`` … ``offset + rows - 1`` of ``query``."""
        ...

    def stored_rows(self, ids: Sequence[int], search: str = "") -> list[StoredRegisterRow]:
        """The stored lines for ``ids``, in the same order (missing IDs are skipped).

        With the ``search`` that found them, a line whose match is on another
        contact than the main one shows that contact.
        """
        ...


@runtime_checkable
class StartupRegister(RegisterSource, Protocol):
    """A source that answers until the full reader is there, then hands over to it."""

    def hand_over(self, full: RegisterSource) -> None:
        """From now on searches go to ``full`` (those already waiting too)."""
        ...

    def fail(self, exc: BaseException) -> None:
        """The full reader will not come: searches waiting for it fail with ``exc``."""
        ...

"""What the register view reads from, without SQLAlchemy.

The register model asks a :class:`RegisterSource` for the first page of a
query, every matching ID, IDs by position and the stored lines of a few
accounts. :class:`custadmin.services.register.DatabaseRegister` answers
through SQLAlchemy; :class:`custadmin.services.quick_register.QuickRegister`
answers the whole register with the standard library's ``sqlite3`` at
start-up, before SQLAlchemy (~0.5 s to import) is loaded. This module is
shared by both and imports neither.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from custadmin.domain.identifiers import format_org_number, format_phone
from custadmin.domain.register import RegisterQuery

#: Rows of the first answer: more than a screen shows.
FIRST_PAGE_ROWS = 100


@dataclass(frozen=True, slots=True)
class RegisterPage:
    """The first rows of a query in display order, and how many match in all."""

    ids: array[int]
    total: int


@dataclass(frozen=True, slots=True)
class StoredRegisterRow:
    """A register line as stored; :meth:`cells` makes it ready to show.

    The register formats only the lines it paints: formatting a phone number
    costs ~0.15 ms, more than reading the row.
    """

    id: int
    customer_number: int
    name: str
    org_number: str
    country: str
    first_name: str
    last_name: str
    email: str
    phone: str
    city: str

    @property
    def main_contact(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def cells(self) -> tuple[str, ...]:
        """The texts of the register's columns, in their order (``RegisterColumn``)."""
        return (
            str(self.customer_number),
            self.name,
            format_org_number(self.org_number, self.country),
            self.main_contact,
            self.email,
            format_phone(self.phone, self.country),
            self.city,
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

    def stored_rows(self, ids: Sequence[int]) -> list[StoredRegisterRow]:
        """The stored lines for ``ids``, in the same order (missing IDs are skipped)."""
        ...


#: Hex digits of one ID in the packed form SQLite hands over.
HEX_DIGITS = 16
#: IDs decoded per step, so the GUI thread gets the GIL in between.
_DECODE_STEP = 100_000


def decode_packed_ids(packed: str | None) -> array[int]:
    """IDs that SQLite handed over packed in one string, 16 hex digits each, decoded in C.

    Packed by ``group_concat(printf('%016x', id), '')``, the query runs in
    one call that releases the GIL throughout. Row by row, the driver would
    take the GIL back for every row, and the GUI thread, which needs it for
    every cell it paints, was measured waiting ~200 ms per screen.
    """
    ids: array[int] = array("q")
    text = packed or ""
    step = _DECODE_STEP * HEX_DIGITS
    for start in range(0, len(text), step):
        ids.frombytes(bytes.fromhex(text[start : start + step]))
    if sys.byteorder == "little":
        ids.byteswap()  # the hex digits are big-endian
    return ids

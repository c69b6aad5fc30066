"""Exporting the customer register (or a search result) to CSV or XLSX.

One row per contact, the account's columns repeated on each, the customer
number as the account reference and the main contact marked: the columns
the importer reads, so an export imports again. Rows are streamed: account
IDs come from :func:`~custadmin.services.register.search_register` (8 bytes
each), and their contacts are read a chunk of accounts at a time as plain
rows, never as ORM objects. Every cell that a spreadsheet could take for a
formula is escaped (CWE-1236, :func:`~custadmin.domain.transfer.escape_cell`).
Password hashes and logins are never read.

The file is written next to the target under a temporary name and renamed
when complete: a cancelled or failed export leaves no half file behind.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from custadmin.domain.errors import CustadminError
from custadmin.domain.identifiers import format_org_number
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.domain.transfer import FIELD_LABELS, FIELDS, escape_cell
from custadmin.services.register import search_register
from custadmin.storage.database import Database
from custadmin.storage.schema import Account, Contact

#: (accounts done, accounts in all)
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

FORMATS = ("csv", "xlsx")
#: The whole register, in customer-number order.
WHOLE_REGISTER = RegisterQuery(sort=RegisterColumn.CUSTOMER_NUMBER)
CHUNK_ACCOUNTS = 1000


class ExportCancelled(CustadminError):
    def __init__(self) -> None:
        super().__init__("Cancelled: no file was written.")
        self.message = "Cancelled: no file was written."


class ExportFailed(CustadminError):
    """The file cannot be written; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    format: str
    accounts: int
    rows: int


def format_for(path: str | os.PathLike[str], given: str | None = None) -> str:
    """``csv`` or ``xlsx``: as given, else by the file's extension (CSV if unknown)."""
    if given:
        if given.lower() not in FORMATS:
            raise ExportFailed(f"Choose csv or xlsx, not {given!r}.")
        return given.lower()
    return "xlsx" if Path(path).suffix.lower() == ".xlsx" else "csv"


_COLUMNS = (
    Account.id, Account.customer_number, Account.name, Account.country, Account.org_number,
    Account.peppol_id, Account.service_type, Contact.is_main, Contact.first_name,
    Contact.last_name, Contact.organisation_name, Contact.email, Contact.phone,
    Contact.address_line1, Contact.address_line2, Contact.postcode, Contact.city,
    Contact.country,
)


def _rows(db: Database, ids: Sequence[int], progress: Progress | None,
          cancel: Cancel | None) -> Iterator[list[str]]:
    """Export rows (escaped) for ``ids`` in that order, a chunk at a time."""
    total = len(ids)
    with db.reading() as uow:
        session = uow.session
        for start in range(0, total, CHUNK_ACCOUNTS):
            if cancel is not None and cancel():
                raise ExportCancelled
            chunk = list(ids[start:start + CHUNK_ACCOUNTS])
            by_account: dict[int, list[Any]] = {}
            for row in session.execute(
                select(*_COLUMNS)
                .join(Contact, Contact.account_id == Account.id)
                .where(Account.id.in_(chunk))
                .order_by(Account.id, Contact.is_main.desc(), Contact.name_key, Contact.id)
            ):
                by_account.setdefault(row[0], []).append(row)
            for account_id in chunk:
                for row in by_account.get(account_id, ()):
                    (_id, number, name, country, org, peppol, service, is_main,
                     *contact) = row
                    yield [escape_cell(str(v)) for v in (
                        number, "yes" if is_main else "no", name, country,
                        format_org_number(org, country), peppol, service or "", *contact,
                    )]
            if progress is not None:
                progress(min(start + CHUNK_ACCOUNTS, total), total)


class _CsvSink:
    def __init__(self, path: Path) -> None:
        # A BOM so that Excel reads the letters right; comma-separated.
        self._handle = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._handle)

    def write(self, row: Sequence[str]) -> None:
        self._writer.writerow(row)

    def finish(self) -> None:
        self._handle.close()

    def close(self) -> None:
        self._handle.close()


class _XlsxSink:
    def __init__(self, path: Path) -> None:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        self._path = path
        self._illegal = ILLEGAL_CHARACTERS_RE
        # write_only streams rows to a temporary file instead of keeping cells.
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet("Customers")

    def write(self, row: Sequence[str]) -> None:
        # XLSX cannot hold most control characters; validated data has none,
        # but older rows must not stop an export.
        # An empty cell is left out rather than written as an empty string.
        self._sheet.append([
            (self._illegal.sub("\ufffd", cell) if self._illegal.search(cell) else cell)
            if cell else None
            for cell in row
        ])

    def finish(self) -> None:
        self._book.save(self._path)
        self._saved = True

    def close(self) -> None:
        if getattr(self, "_saved", False):
            return
        # Abandoned half way: end the sheet's stream and remove its temporary file
        # now, rather than leave both to the garbage collector and atexit.
        with contextlib.suppress(Exception):
            self._sheet.close()
            writer = getattr(self._sheet, "_writer", None)
            if writer is not None:
                writer.cleanup()


def export_register(
    db: Database,
    path: str | os.PathLike[str],
    query: RegisterQuery | None = None,
    *,
    format: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Write the accounts matching ``query`` (None: the whole register) to ``path``.

    Raises :class:`ExportCancelled` (nothing written), :class:`ExportFailed`
    (the file cannot be written) or the database's errors.
    """
    target = Path(path)
    kind = format_for(target, format)
    ids = search_register(db, query or WHOLE_REGISTER)
    if progress is not None:
        progress(0, len(ids))
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path(".")
        )
        os.close(handle)
    except OSError as exc:
        raise ExportFailed(f"Cannot write to {target.parent}: {exc.strerror or exc}.") from None
    temp = Path(temp_name)
    count = 0
    try:
        sink: _CsvSink | _XlsxSink = _CsvSink(temp) if kind == "csv" else _XlsxSink(temp)
        try:
            sink.write([FIELD_LABELS[f] for f in FIELDS])
            for row in _rows(db, ids, progress, cancel):
                sink.write(row)
                count += 1
            sink.finish()
        finally:
            sink.close()
        if cancel is not None and cancel():
            raise ExportCancelled
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise ExportFailed(f"Cannot write {target}: {exc.strerror or exc}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return ExportResult(str(target), kind, len(ids), count)

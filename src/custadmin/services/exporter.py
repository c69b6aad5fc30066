"""Exporting the customer register (or a search result) to CSV or XLSX.

One row per contact, the account's columns repeated on each, the customer
number as the account reference and the main contact marked: the columns
the importer reads, so an export imports again. Rows are streamed: account
IDs come from :func:`~custadmin.services.register.search_register` (4 bytes
each), and their contacts are read a chunk of accounts at a time as plain
rows, never as ORM objects. Every cell that a spreadsheet could take for a
formula is escaped (CWE-1236, :func:`~custadmin.domain.transfer.escape_cell`).
Password hashes and logins are never read.

Personal identity numbers are masked as lists mask them (a sole trader's
organisation number and a Peppol ID holding it: ``880320-****``), so such an
export does not import those two cells again. Only an administrator who asks
for them (``full_identity_numbers``, :attr:`Permission.EXPORT_IDENTITY_NUMBERS`)
gets them in full, and that export is recorded in the audit trail before its
file appears: who, when, which file, how many accounts and rows, and that
full numbers were in it (never the numbers).

The file is written next to the target under a temporary name and renamed
when complete: a cancelled or failed export leaves no half file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from custadmin.domain.audit import REGISTER_EXPORT
from custadmin.domain.errors import CustadminError
from custadmin.domain.identifiers import shown_org_number, shown_peppol_id
from custadmin.domain.messages import Message
from custadmin.domain.operators import Permission, require
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.domain.transfer import FIELD_LABELS, FIELDS, escape_cell
from custadmin.services.register import search_register
from custadmin.services.workspace import Workspace
from custadmin.storage import audit
from custadmin.storage.schema import Account, Contact
from custadmin.storage.spreadsheet import CsvSink, XlsxSink

#: (accounts done, accounts in all)
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

FORMATS = ("csv", "xlsx")
#: The whole register, in customer-number order.
WHOLE_REGISTER = RegisterQuery(sort=RegisterColumn.CUSTOMER_NUMBER)
CHUNK_ACCOUNTS = 1000


class ExportCancelled(CustadminError):
    def __init__(self) -> None:
        message = Message("export.cancelled")
        super().__init__(message)
        self.message = message


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
    #: Personal identity numbers were written in full (and the export audited).
    full_identity_numbers: bool = False


def format_for(path: str | os.PathLike[str], given: str | None = None) -> str:
    """``csv`` or ``xlsx``: as given, else by the file's extension (CSV if unknown)."""
    if given:
        if given.lower() not in FORMATS:
            raise ExportFailed(Message("export.unknown_format", given=given))
        return given.lower()
    return "xlsx" if Path(path).suffix.lower() == ".xlsx" else "csv"


def write_table(
    target: Path,
    kind: str,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    cancel: Cancel | None = None,
    before_publish: Callable[[int], None] | None = None,
) -> int:
    """Write ``header`` and ``rows`` (already escaped) to ``target`` as ``kind``.

    The file is written next to ``target`` under a temporary name and renamed
    when complete; ``before_publish(rows written)`` runs just before (an audit
    record, say: if it fails, no file appears). A cancel, a failure or any
    error leaves no file. Returns how many rows were written; raises
    :class:`ExportCancelled` or :class:`ExportFailed`.
    """
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path(".")
        )
        os.close(handle)
    except OSError as exc:
        raise ExportFailed(Message("export.cannot_write_folder", folder=str(target.parent),
                                   reason=exc.strerror or str(exc))) from None
    temp = Path(temp_name)
    count = 0
    try:
        sink: CsvSink | XlsxSink = CsvSink(temp) if kind == "csv" else XlsxSink(temp)
        try:
            sink.write(header)
            for row in rows:
                sink.write(row)
                count += 1
            sink.finish()
        finally:
            sink.close()
        if cancel is not None and cancel():
            raise ExportCancelled
        if before_publish is not None:
            before_publish(count)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise ExportFailed(Message("export.cannot_write_file", path=str(target),
                                   reason=exc.strerror or str(exc))) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return count


_COLUMNS = (
    Account.id, Account.customer_number, Account.name, Account.country, Account.org_number,
    Account.peppol_id, Account.service_type, Contact.is_main, Contact.first_name,
    Contact.last_name, Contact.organisation_name, Contact.email, Contact.phone,
    Contact.address_line1, Contact.address_line2, Contact.postcode, Contact.city,
    Contact.country,
)


def _rows(ws: Workspace, ids: Sequence[int], progress: Progress | None,
          cancel: Cancel | None, full: bool) -> Iterator[list[str]]:
    """Export rows (escaped) for ``ids`` in that order, a chunk at a time.

    Personal identity numbers masked unless ``full``.
    """
    total = len(ids)
    with ws.reading() as uow:
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
                        shown_org_number(org, country, full=full),
                        shown_peppol_id(peppol, full=full), service or "", *contact,
                    )]
            if progress is not None:
                progress(min(start + CHUNK_ACCOUNTS, total), total)


def export_register(
    ws: Workspace,
    path: str | os.PathLike[str],
    query: RegisterQuery | None = None,
    *,
    format: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    full_identity_numbers: bool = False,
) -> ExportResult:
    """Write the accounts matching ``query`` (None: the whole register) to ``path``.

    Personal identity numbers are masked unless ``full_identity_numbers``,
    which needs :attr:`Permission.EXPORT_IDENTITY_NUMBERS` (else
    :class:`~custadmin.domain.operators.NotPermitted`, nothing read or
    written) and is recorded in the audit trail before the file appears.
    Raises :class:`ExportCancelled` (nothing written), :class:`ExportFailed`
    (the file cannot be written) or the database's errors.
    """
    if full_identity_numbers:
        require(ws.actor, Permission.EXPORT_IDENTITY_NUMBERS)
    target = Path(path)
    kind = format_for(target, format)
    ids = search_register(ws, query or WHOLE_REGISTER)
    if progress is not None:
        progress(0, len(ids))

    def record(rows: int) -> None:
        # Recorded before the file is there: a failed record leaves no file.
        _record_full_export(ws, target, kind, len(ids), rows)

    count = write_table(target, kind, [FIELD_LABELS[f] for f in FIELDS],
                        _rows(ws, ids, progress, cancel, full_identity_numbers), cancel,
                        before_publish=record if full_identity_numbers else None)
    return ExportResult(str(target), kind, len(ids), count, full_identity_numbers)


def _record_full_export(ws: Workspace, target: Path, kind: str, accounts: int,
                        rows: int) -> None:
    """The audit entry of an export with full personal identity numbers (no numbers in it)."""

    def text(path: str) -> str:
        # A file name the OS could not decode holds lone surrogates: no driver takes them.
        return path.encode("utf-8", "backslashreplace").decode("utf-8")

    with ws.writing() as uow:
        audit.record(uow.session, REGISTER_EXPORT, text(target.name)[:100], None, "insert", {
            "file": (None, text(str(target.resolve()))),
            "format": (None, kind),
            "accounts": (None, accounts),
            "rows": (None, rows),
            "full_identity_numbers": (None, True),
        })
        uow.commit()


def audit_full_export(ws: Workspace, target: Path, kind: str, accounts: int, rows: int) -> None:
    """Record an export with full personal identity numbers (for other exports, e.g. reports)."""
    _record_full_export(ws, target, kind, accounts, rows)

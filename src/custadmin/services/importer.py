"""Importing customers with their contacts from CSV or XLSX.

Two steps, as the operator sees them:

1. :func:`plan_import` reads and checks the whole file and writes nothing:
   every row is validated with the domain's rules, duplicates are looked for
   inside the file and in the database, and each refused line gets a reason.
   Damaged input of any kind (bytes that are not text, a file that is neither
   CSV nor XLSX, missing columns, ragged rows, control characters, huge
   fields) ends up in the plan's problems; only cancellation and database
   errors raise.
2. :func:`commit_import` writes the plan's valid accounts in ONE transaction,
   in batches of inserts (storage.bulk): cancelled or failed, it leaves nothing.

File format: see :mod:`custadmin.domain.transfer`. Text encodings: UTF-8
(with or without BOM), UTF-16 with BOM; any other file is read as
Windows-1252 (what Excel on a Western European Windows saves as "CSV") if it
decodes as that, with a note in the plan, otherwise refused as a whole. The
delimiter (comma, semicolon or tab) is taken from the header line.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import logging
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from custadmin.domain.errors import CustadminError
from custadmin.domain.operators import Permission, require
from custadmin.domain.transfer import (
    FIELD_LABELS,
    ImportField,
    PlannedAccount,
    Problem,
    SourceRow,
    columns_of,
    duplicate_org_numbers,
    escape_cell,
    group_rows,
    guess_mapping,
    missing_fields,
    refuse,
    row_values,
    stored_duplicate,
    unescape_cell,
    validate_groups,
)
from custadmin.services.accounts import _reserve_customer_numbers
from custadmin.storage import audit, bulk, search_index
from custadmin.storage.database import Database
from custadmin.storage.schema import Account, Contact, utcnow

log = logging.getLogger(__name__)

#: (rows done, rows in all)
Progress = Callable[[int, int], None]
#: Asked between batches; True stops the work (``threading.Event().is_set`` will do).
Cancel = Callable[[], bool]

#: Rows validated per unit of work (in-process or on a worker process).
CHUNK_ROWS = 2000
#: Below this many rows starting worker processes costs more than it saves.
POOL_MIN_ROWS = 6000
_READ_CHUNK = 1 << 20
_XLSX_MAGIC = b"PK\x03\x04"
_NOT_TABLES = {
    b"\xd0\xcf\x11\xe0": "an Excel 97–2003 workbook (.xls) or another old Office file; "
    "save it as .xlsx or CSV",
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"SQLi": "an SQLite database",
}


class ImportCancelled(CustadminError):
    """The operator cancelled; nothing was imported."""

    def __init__(self) -> None:
        super().__init__("Cancelled: nothing was imported.")
        self.message = "Cancelled: nothing was imported."


class _Unreadable(Exception):
    """The file cannot be read as a table at all (a file-level problem)."""


@dataclass(frozen=True, slots=True)
class FilePreview:
    """What the import dialog shows before anything is checked."""

    path: str
    format: str
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    mapping: dict[ImportField, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    #: File-level problems (line 0, or 1 for the header): nothing can be imported.
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """A checked file: what would be imported and why the rest would not."""

    path: str
    format: str
    headers: tuple[str, ...]
    mapping: dict[ImportField, int]
    #: Data rows in the file (blank rows not counted).
    rows: int
    accounts: tuple[PlannedAccount, ...]
    #: Sorted by line; line 0 concerns the whole file.
    problems: tuple[Problem, ...]
    notes: tuple[str, ...] = ()
    #: The file as a whole cannot be imported (see the line 0/1 problems).
    fatal: bool = False

    @property
    def valid_rows(self) -> int:
        return sum(len(a.contacts) for a in self.accounts)

    @property
    def rejected_lines(self) -> int:
        return len({p.line for p in self.problems if p.line > 1})


@dataclass(frozen=True, slots=True)
class ImportResult:
    accounts: int
    contacts: int
    #: Customer numbers given to the imported accounts, in file order.
    first_customer_number: int | None = None
    last_customer_number: int | None = None
    #: Accounts found already stored when writing (someone added them meanwhile).
    problems: tuple[Problem, ...] = ()


# --- reading files -----------------------------------------------------------


def _detect_format(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _Unreadable(f"Cannot open the file: {exc.strerror or exc}.") from None
    if head.startswith(_XLSX_MAGIC):
        return "xlsx"
    for magic, what in _NOT_TABLES.items():
        if head.startswith(magic):
            raise _Unreadable(f"This is {what}, not a CSV or XLSX file.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _Unreadable("This is not an Excel workbook (.xlsx): it does not start like one.")
    return "csv"


def _decodes(path: Path, encoding: str) -> tuple[bool, int]:
    """Whether the whole file decodes; else the byte offset of the first bad byte."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return False, offset + exc.start
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False, offset
    return True, 0


def _text_encoding(path: Path) -> tuple[str, tuple[str, ...]]:
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    offset = 0
    for encoding in candidates:
        ok, bad_at = _decodes(path, encoding)
        if ok:
            notes: tuple[str, ...] = ()
            if encoding == "cp1252":
                notes = (
                    "The file is not UTF-8 text; it was read as Windows-1252 (Western "
                    "European). If letters such as å, ä, ö look wrong in the preview, save "
                    "the file as “CSV UTF-8” and import that.",
                )
            return encoding, notes
        offset = offset or bad_at
    if candidates[0] == "utf-8":
        raise _Unreadable(
            f"The file is not text that custadmin can read (byte {offset + 1} is neither "
            "UTF-8 nor Windows-1252). Save it as “CSV UTF-8” or as an Excel workbook."
        )
    raise _Unreadable(
        f"The file says it is {candidates[0].upper().removesuffix('-SIG')} text but byte "
        f"{offset + 1} is not. Save it again as “CSV UTF-8”."
    )


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


#: (line, cells) of a data row, or (line, message) for a line that cannot be read.
_Lines = Iterator[tuple[int, list[str] | str]]


class _Table:
    """An open file: its headers and an iterator over its data rows."""

    def __init__(self, format_: str, headers: list[str], rows: _Lines,
                 notes: tuple[str, ...], close: Callable[[], None]) -> None:
        self.format = format_
        self.headers = headers
        self.rows = rows
        self.notes = notes
        self.close = close


def _csv_rows(reader: Iterator[list[str]]) -> _Lines:
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line += 1
            yield line, f"Cannot read this line ({exc}); a field may be too long or a quote "\
                "not closed."
            continue
        line += 1
        if any(c.strip() for c in cells):
            yield line, cells


def _open_csv(path: Path) -> _Table:
    encoding, notes = _text_encoding(path)
    try:
        handle = path.open("r", encoding=encoding, newline="")
    except OSError as exc:
        raise _Unreadable(f"Cannot open the file: {exc.strerror or exc}.") from None
    try:
        first = handle.readline(1 << 16)
        handle.seek(0)
        reader = csv.reader(handle, delimiter=_delimiter(first))
        try:
            headers = next(reader)
        except StopIteration:
            raise _Unreadable("The file is empty.") from None
        except csv.Error as exc:
            raise _Unreadable(f"The first line (the column names) cannot be read: {exc}.") \
                from None
    except BaseException:
        handle.close()
        raise
    return _Table("csv", headers, _csv_rows(reader), notes, handle.close)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _open_xlsx(path: Path) -> _Table:
    import openpyxl  # a third of a second to import: only when an XLSX is read

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged zip or XML can fail in many ways
        log.info("cannot open %s as a workbook: %r", path, exc)
        raise _Unreadable(
            "This is not a readable Excel workbook (.xlsx); it may be damaged or another "
            "kind of file."
        ) from None
    try:
        if not book.worksheets:
            raise _Unreadable("The workbook has no worksheet.")
        sheet = book.worksheets[0]
        # Some programs write a wrong size; read what is there.
        sheet.reset_dimensions()
        values = sheet.iter_rows(values_only=True)
        try:
            first = next(values, None)
        except Exception as exc:
            raise _Unreadable(f"The worksheet cannot be read ({type(exc).__name__}).") \
                from None
        if first is None:
            raise _Unreadable("The first worksheet is empty.")
        headers = [_cell_text(v) for v in first]
    except BaseException:
        book.close()
        raise

    def rows() -> _Lines:
        line = 1
        while True:
            try:
                row = next(values, None)
            except Exception as exc:
                raise _Unreadable(
                    f"The worksheet is damaged after line {line} ({type(exc).__name__})."
                ) from None
            if row is None:
                return
            line += 1
            cells = [_cell_text(v) for v in row]
            if any(c.strip() for c in cells):
                yield line, cells

    notes: tuple[str, ...] = ()
    if len(book.worksheets) > 1:
        notes = (f"Only the first worksheet ({sheet.title}) is read.",)
    return _Table("xlsx", headers, rows(), notes, book.close)


def _open_table(path: Path) -> _Table:
    if _detect_format(path) == "xlsx":
        return _open_xlsx(path)
    return _open_csv(path)


def _headers(raw: Sequence[str]) -> tuple[str, ...]:
    return tuple(unescape_cell(h.strip()).strip() for h in raw)


def preview_file(path: str | os.PathLike[str], rows: int = 20) -> FilePreview:
    """Headers, the first ``rows`` data rows and the guessed mapping; never raises."""
    source = Path(path)
    try:
        table = _open_table(source)
    except _Unreadable as exc:
        return FilePreview(str(source), "", problems=(Problem(0, None, str(exc)),))
    try:
        headers = _headers(table.headers)
        shown: list[tuple[str, ...]] = []
        try:
            for _line, cells in islice(table.rows, rows):
                if isinstance(cells, list):
                    shown.append(tuple(c.strip() for c in cells))
        except _Unreadable as exc:
            return FilePreview(str(source), table.format, headers, tuple(shown),
                               guess_mapping(headers), table.notes,
                               (Problem(0, None, str(exc)),))
        return FilePreview(str(source), table.format, headers, tuple(shown),
                           guess_mapping(headers), table.notes)
    except OSError as exc:
        return FilePreview(str(source), table.format,
                           problems=(Problem(0, None, f"Cannot read the file: {exc}."),))
    finally:
        table.close()


# --- checking ----------------------------------------------------------------


def _cancelled(cancel: Cancel | None) -> bool:
    return cancel is not None and cancel()


def default_workers(rows: int) -> int:
    """Worker processes for validating ``rows`` rows (1: in this process).

    Frozen builds (PyInstaller) validate in-process: spawning a worker there
    would start the application again.
    """
    if rows < POOL_MIN_ROWS or getattr(sys, "frozen", False):
        return 1
    cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average
        busy = 0.0
    # Workers only pay off on cores nobody else uses: on a 2-core machine with
    # one core busy, two workers validated 30% slower than this process alone
    # (spawning and pickling cost, and nothing runs in parallel).
    spare = int(cores - busy + 0.5)
    return min(spare, 4) if spare >= 2 else 1


_GroupResult = tuple[PlannedAccount | None, list[Problem]]


def _chunks(groups: list[list[SourceRow]]) -> Iterator[list[list[SourceRow]]]:
    chunk: list[list[SourceRow]] = []
    size = 0
    for group in groups:
        chunk.append(group)
        size += len(group)
        if size >= CHUNK_ROWS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _validate_here(groups: list[list[SourceRow]], flagged: bool, total: int,
                   progress: Progress | None, cancel: Cancel | None) -> list[_GroupResult]:
    results: list[_GroupResult] = []
    done = 0
    for chunk in _chunks(groups):
        if _cancelled(cancel):
            raise ImportCancelled
        results.extend(validate_groups(chunk, flagged))
        done += sum(len(g) for g in chunk)
        if progress is not None:
            progress(done, total)
    return results


def _ignore_interrupts() -> None:
    """In a worker: Ctrl+C is for the main process, which stops the pool itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _validate_pooled(groups: list[list[SourceRow]], flagged: bool, total: int, workers: int,
                     progress: Progress | None, cancel: Cancel | None) -> list[_GroupResult]:
    """As :func:`_validate_here`, on ``workers`` processes, results in file order."""
    results: list[_GroupResult] = []
    done = 0
    # spawn, not fork: forking a process that runs threads (the GUI's) can deadlock.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=_ignore_interrupts)
    pending: deque[tuple[int, Future[list[_GroupResult]]]] = deque()

    def collect() -> None:
        nonlocal done
        rows, future = pending.popleft()
        results.extend(future.result())
        done += rows
        if progress is not None:
            progress(done, total)

    try:
        for chunk in _chunks(groups):
            if _cancelled(cancel):
                raise ImportCancelled
            rows = sum(len(g) for g in chunk)
            pending.append((rows, pool.submit(validate_groups, chunk, flagged)))
            while len(pending) > 2 * workers:
                collect()
        while pending:
            if _cancelled(cancel):
                raise ImportCancelled
            collect()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return results


def _validate(groups: list[list[SourceRow]], flagged: bool, progress: Progress | None,
              cancel: Cancel | None, workers: int | None) -> list[_GroupResult]:
    total = sum(len(g) for g in groups)
    count = default_workers(total) if workers is None else workers
    if count > 1:
        try:
            return _validate_pooled(groups, flagged, total, count, progress, cancel)
        except (BrokenProcessPool, OSError) as exc:
            log.warning("validating in worker processes failed (%r); validating here", exc)
    return _validate_here(groups, flagged, total, progress, cancel)


def _stored_org_numbers(
    session: Session, keys: set[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """(country, organisation number) -> customer number, for those already stored."""
    stored: dict[tuple[str, str], int] = {}
    numbers = sorted({org for _country, org in keys})
    for start in range(0, len(numbers), 500):
        rows = session.execute(
            select(Account.country, Account.org_number, Account.customer_number)
            .where(Account.org_number.in_(numbers[start:start + 500]))
        )
        for country, org, customer_number in rows:
            if (country, org) in keys:
                stored.setdefault((country, org), int(customer_number))
    return stored


def _fatal(path: Path, format_: str, problems: Sequence[Problem], headers: Sequence[str] = (),
           mapping: Mapping[ImportField, int] | None = None, rows: int = 0,
           notes: Sequence[str] = ()) -> ImportPlan:
    return ImportPlan(str(path), format_, tuple(headers), dict(mapping or {}), rows, (),
                      tuple(problems), tuple(notes), fatal=True)


def plan_import(
    db: Database,
    path: str | os.PathLike[str],
    mapping: Mapping[ImportField, int] | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    workers: int | None = None,
) -> ImportPlan:
    """Read and check the file; nothing is written.

    ``mapping`` says which column (0-based) holds which field; None guesses it
    from the headers. ``workers`` processes validate the rows (None: chosen
    by the size of the file). Raises only :class:`ImportCancelled` and the
    database's errors; whatever is wrong with the file is in the plan.
    """
    require(db.actor, Permission.IMPORT)
    source = Path(path)
    try:
        table = _open_table(source)
    except _Unreadable as exc:
        return _fatal(source, "", [Problem(0, None, str(exc))])
    except OSError as exc:
        return _fatal(source, "", [Problem(0, None, f"Cannot read the file: {exc}.")])
    try:
        headers = _headers(table.headers)
        chosen = guess_mapping(headers) if mapping is None else dict(mapping)
        chosen = {f: i for f, i in chosen.items() if 0 <= i < len(headers)}
        missing = missing_fields(chosen)
        if missing:
            return _fatal(source, table.format, [
                Problem(1, f, f"No column holds {FIELD_LABELS[f]}; choose one in the mapping.")
                for f in missing
            ], headers, chosen, notes=table.notes)
        columns = columns_of(chosen)
        width = len(headers)
        rows: list[SourceRow] = []
        problems: list[Problem] = []
        broken: dict[int, Problem] = {}
        count = 0
        try:
            for line, cells in table.rows:
                count += 1
                if isinstance(cells, str):
                    problems.append(Problem(line, None, cells))
                    continue
                if len(cells) > width and any(c.strip() for c in cells[width:]):
                    # Still grouped: its account must not be imported without it.
                    broken[line] = Problem(line, None, (
                        f"This line has {len(cells)} cells but the header only {width}: a "
                        "separator too many, or a value with a comma that is not quoted?"))
                rows.append(SourceRow(line, row_values(cells, columns)))
                if count % 50_000 == 0 and _cancelled(cancel):
                    raise ImportCancelled
        except _Unreadable as exc:
            return _fatal(source, table.format, [Problem(0, None, str(exc))], headers, chosen,
                          count, table.notes)
        except OSError as exc:
            return _fatal(source, table.format,
                          [Problem(0, None, f"Cannot read the file: {exc}.")],
                          headers, chosen, count, table.notes)
    finally:
        table.close()

    groups = group_rows(rows, ImportField.ACCOUNT_REF in chosen)
    del rows
    results = _validate(groups, ImportField.MAIN_CONTACT in chosen, progress, cancel, workers)
    planned: list[PlannedAccount] = []
    for group, (account, found) in zip(groups, results, strict=True):
        if broken and any(r.line in broken for r in group):
            own = [p for p in found if not p.knock_on]
            own.extend(broken[r.line] for r in group if r.line in broken)
            account, found = None, refuse(group, own)
        if account is None:
            problems.extend(found)
        else:
            planned.append(account)
    del groups
    in_file = duplicate_org_numbers(planned)
    for found in in_file.values():
        problems.extend(found)
    planned = [a for i, a in enumerate(planned) if i not in in_file]
    keys = {key for a in planned if (key := a.org_key) is not None}
    if keys:
        with db.reading() as uow:
            stored = _stored_org_numbers(uow.session, keys)
        kept: list[PlannedAccount] = []
        for account in planned:
            number = stored.get(account.org_key) if account.org_key else None
            if number is None:
                kept.append(account)
            else:
                problems.extend(stored_duplicate(account, number))
        planned = kept
    problems.sort(key=lambda p: p.line)
    return ImportPlan(str(source), table.format, headers, chosen, count, tuple(planned),
                      tuple(problems), table.notes)


# --- writing -----------------------------------------------------------------

# Core tables, not the ORM classes: the ORM's bulk path costs a third more here.
_ACCOUNT = cast(Table, Account.__table__)
_CONTACT = cast(Table, Contact.__table__)
_CONTACT_KEYS = ("first_name", "last_name", "organisation_name", "email", "phone",
                 "address_line1", "address_line2", "postcode", "city", "country",
                 "email_key", "name_key")
#: R3: a contact added by an import has no rights, no emails and no portal access.
_NO_RIGHTS = {"mail_general": False, "mail_invoices": False, "mail_support": False,
              "mail_products": False, "mail_domains": False, "mail_affiliate": False,
              "portal_access": False, "login_id": None}


def commit_import(
    db: Database,
    plan: ImportPlan,
    *,
    batch_size: int = 2000,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Write the plan's valid accounts in one transaction.

    Accounts whose organisation number was stored by someone else since the
    plan was made are left out and reported. Cancelled (checked between
    batches) or failed, nothing is written.
    """
    require(db.actor, Permission.IMPORT)
    if plan.fatal or not plan.accounts:
        return ImportResult(0, 0)
    total = plan.valid_rows
    done = 0
    created_accounts = created_contacts = 0
    first_number: int | None = None
    last_number: int | None = None
    problems: list[Problem] = []
    now = utcnow()
    with db.writing() as uow:
        session = uow.session
        keys = {key for a in plan.accounts if (key := a.org_key) is not None}
        stored = _stored_org_numbers(session, keys) if keys else {}
        todo: list[PlannedAccount] = []
        for account in plan.accounts:
            number = stored.get(account.org_key) if account.org_key else None
            if number is None:
                todo.append(account)
            else:
                problems.extend(stored_duplicate(account, number))
                total -= len(account.contacts)
        # The register's search rows are written once per batch, not by a
        # trigger per contact (storage.search_index.bulk_rows).
        with search_index.bulk_rows(session) as index_rows:
            for start in range(0, len(todo), batch_size):
                if _cancelled(cancel):
                    raise ImportCancelled
                batch = todo[start:start + batch_size]
                first = _reserve_customer_numbers(session, len(batch))
                numbers = range(first, first + len(batch))
                bulk.insert_rows(
                    session, _ACCOUNT,
                    ("customer_number", "name", "name_key", "country", "org_number",
                     "peppol_id", "service_type"),
                    ((number, a[0], a[1], a[2], a[3], a[4], a[5] or None)
                     for number, a in zip(numbers, (p.account for p in batch), strict=True)),
                    {"payment_confirmations_main_only": False, "created_at": now,
                     "updated_at": now, "version": 1})
                ids: dict[int, int] = {
                    number: account_id for number, account_id in session.execute(
                        select(Account.customer_number, Account.id)
                        .where(Account.customer_number.between(numbers[0], numbers[-1]))
                    )
                }
                contact_rows: list[tuple[object, ...]] = []
                for number, planned in zip(numbers, batch, strict=True):
                    account_id = ids[number]
                    for position, contact in enumerate(planned.contacts):
                        contact_rows.append((*contact, account_id, position == 0))
                bulk.insert_rows(session, _CONTACT, (*_CONTACT_KEYS, "account_id", "is_main"),
                                 contact_rows, {**_NO_RIGHTS, "created_at": now,
                                                "updated_at": now, "version": 1})
                new_ids = [ids[number] for number in numbers]
                # Bulk inserts pass no flush hook: their audit entries are written here.
                audit.record_inserted(session, _ACCOUNT, _ACCOUNT.c.id.in_(new_ids),
                                      _ACCOUNT.c.id)
                audit.record_inserted(session, _CONTACT, _CONTACT.c.account_id.in_(new_ids),
                                      _CONTACT.c.account_id)
                index_rows(new_ids, True)
                created_accounts += len(batch)
                created_contacts += len(contact_rows)
                first_number = first if first_number is None else first_number
                last_number = numbers[-1]
                done += len(contact_rows)
                if progress is not None:
                    progress(done, total)
        if _cancelled(cancel):
            raise ImportCancelled
        uow.commit()
    return ImportResult(created_accounts, created_contacts, first_number, last_number,
                        tuple(sorted(problems, key=lambda p: p.line)))


# --- the report ----------------------------------------------------------------


def problem_rows(problems: Sequence[Problem]) -> list[tuple[str, str, str]]:
    """(line, field, reason) as a report shows them; line 0 is the whole file."""
    return [(str(p.line) if p.line else "", p.label, p.message) for p in problems]


def write_report(path: str | os.PathLike[str], problems: Sequence[Problem]) -> None:
    """The refused lines as CSV (UTF-8 with BOM, so that Excel reads the letters)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Line", "Field", "Problem"])
        for row in problem_rows(problems):
            writer.writerow([escape_cell(cell) for cell in row])

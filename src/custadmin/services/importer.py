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

import csv
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

from custadmin.domain.errors import CustadminError
from custadmin.domain.messages import Message
from custadmin.domain.operators import Permission, require
from custadmin.domain.transfer import (
    FIELD_NAMES,
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
from custadmin.services.workspace import Workspace
from custadmin.storage.spreadsheet import Unreadable, open_table

log = logging.getLogger(__name__)

#: (rows done, rows in all)
Progress = Callable[[int, int], None]
#: Asked between batches; True stops the work (``threading.Event().is_set`` will do).
Cancel = Callable[[], bool]

#: Rows validated per unit of work (in-process or on a worker process).
CHUNK_ROWS = 2000
#: Below this many rows starting worker processes costs more than it saves.
POOL_MIN_ROWS = 6000
class ImportCancelled(CustadminError):
    """The operator cancelled; nothing was imported."""

    def __init__(self) -> None:
        message = Message("import.cancelled")
        super().__init__(message)
        self.message = message


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


def _headers(raw: Sequence[str]) -> tuple[str, ...]:
    return tuple(unescape_cell(h.strip()).strip() for h in raw)


def preview_file(path: str | os.PathLike[str], rows: int = 20) -> FilePreview:
    """Headers, the first ``rows`` data rows and the guessed mapping; never raises."""
    source = Path(path)
    try:
        table = open_table(source)
    except Unreadable as exc:
        return FilePreview(str(source), "", problems=(Problem(0, None, exc.message),))
    try:
        headers = _headers(table.headers)
        shown: list[tuple[str, ...]] = []
        try:
            for _line, cells in islice(table.rows, rows):
                if isinstance(cells, list):
                    shown.append(tuple(c.strip() for c in cells))
        except Unreadable as exc:
            return FilePreview(str(source), table.format, headers, tuple(shown),
                               guess_mapping(headers), table.notes,
                               (Problem(0, None, exc.message),))
        return FilePreview(str(source), table.format, headers, tuple(shown),
                           guess_mapping(headers), table.notes)
    except OSError as exc:
        return FilePreview(str(source), table.format,
                           problems=(Problem(0, None, _cannot_read(exc)),))
    finally:
        table.close()


def _cannot_read(exc: OSError) -> Message:
    return Message("import.cannot_read", reason=str(exc))


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


def _fatal(path: Path, format_: str, problems: Sequence[Problem], headers: Sequence[str] = (),
           mapping: Mapping[ImportField, int] | None = None, rows: int = 0,
           notes: Sequence[str] = ()) -> ImportPlan:
    return ImportPlan(str(path), format_, tuple(headers), dict(mapping or {}), rows, (),
                      tuple(problems), tuple(notes), fatal=True)


def plan_import(
    ws: Workspace,
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
    require(ws.actor, Permission.IMPORT)
    source = Path(path)
    try:
        table = open_table(source)
    except Unreadable as exc:
        return _fatal(source, "", [Problem(0, None, exc.message)])
    except OSError as exc:
        return _fatal(source, "", [Problem(0, None, _cannot_read(exc))])
    try:
        headers = _headers(table.headers)
        chosen = guess_mapping(headers) if mapping is None else dict(mapping)
        chosen = {f: i for f, i in chosen.items() if 0 <= i < len(headers)}
        missing = missing_fields(chosen)
        if missing:
            return _fatal(source, table.format, [
                Problem(1, f, Message("import.no_column", field=FIELD_NAMES[f]))
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
                    broken[line] = Problem(line, None, Message(
                        "import.too_many_cells", cells=len(cells), width=width))
                rows.append(SourceRow(line, row_values(cells, columns)))
                if count % 50_000 == 0 and _cancelled(cancel):
                    raise ImportCancelled
        except Unreadable as exc:
            return _fatal(source, table.format, [Problem(0, None, exc.message)], headers,
                          chosen, count, table.notes)
        except OSError as exc:
            return _fatal(source, table.format,
                          [Problem(0, None, _cannot_read(exc))],
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
        with ws.reading() as uow:
            stored = uow.accounts.stored_org_numbers(keys)
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


def commit_import(
    ws: Workspace,
    plan: ImportPlan,
    *,
    batch_size: int = 2000,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Write the plan's valid accounts in one transaction (``AccountRepository.add_many``).

    Accounts whose organisation number was stored by someone else since the
    plan was made are left out and reported. Cancelled (checked between
    batches) or failed, nothing is written. A contact added by an import has
    no rights, receives no emails and has no portal access (R3).
    """
    require(ws.actor, Permission.IMPORT)
    if plan.fatal or not plan.accounts:
        return ImportResult(0, 0)
    total = plan.valid_rows
    done = 0
    created_accounts = created_contacts = 0
    first_number: int | None = None
    last_number: int | None = None
    problems: list[Problem] = []
    with ws.writing() as uow:
        keys = {key for a in plan.accounts if (key := a.org_key) is not None}
        stored = uow.accounts.stored_org_numbers(keys) if keys else {}
        todo: list[PlannedAccount] = []
        for account in plan.accounts:
            number = stored.get(account.org_key) if account.org_key else None
            if number is None:
                todo.append(account)
            else:
                problems.extend(stored_duplicate(account, number))
                total -= len(account.contacts)
        with uow.accounts.add_many() as add:
            for start in range(0, len(todo), batch_size):
                if _cancelled(cancel):
                    raise ImportCancelled
                batch = todo[start:start + batch_size]
                numbers = add([planned.rows for planned in batch])
                contacts = sum(len(planned.contacts) for planned in batch)
                created_accounts += len(batch)
                created_contacts += contacts
                first_number = numbers[0] if first_number is None else first_number
                last_number = numbers[-1]
                done += contacts
                if progress is not None:
                    progress(done, total)
        if _cancelled(cancel):
            raise ImportCancelled
        uow.commit()
    return ImportResult(created_accounts, created_contacts, first_number, last_number,
                        tuple(sorted(problems, key=lambda p: p.line)))


# --- the report ----------------------------------------------------------------


def problem_rows(problems: Sequence[Problem]) -> list[tuple[str, str, str, str]]:
    """(line, field, refused value, reason) as a report shows them; line 0 is the whole file."""
    return [(str(p.line) if p.line else "", p.label, p.value, p.message) for p in problems]


def write_report(path: str | os.PathLike[str], problems: Sequence[Problem]) -> None:
    """The refused lines as CSV (UTF-8 with BOM, so that Excel reads the letters)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Line", "Field", "Value", "Problem"])
        for row in problem_rows(problems):
            writer.writerow([escape_cell(cell) for cell in row])

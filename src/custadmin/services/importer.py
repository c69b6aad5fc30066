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
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
    FIELDS,
    ImportField,
    OrgClaim,
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
    repeated_hashes,
    row_values,
    stored_duplicate,
    unescape_cell,
    validate_groups,
)
from custadmin.services.spool import Spool
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
#: Worker processes at most, however many cores there are.
MAX_WORKERS = 8
#: Where a row's account reference is (:data:`SourceRow.values`).
_AT_REFERENCE = FIELDS.index(ImportField.ACCOUNT_REF)


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
    #: In file order; a large plan keeps them in a temporary file (:class:`Spool`).
    accounts: Sequence[PlannedAccount]
    #: Sorted by line; line 0 concerns the whole file.
    problems: tuple[Problem, ...]
    notes: tuple[str, ...] = ()
    #: The file as a whole cannot be imported (see the line 0/1 problems).
    fatal: bool = False
    #: The contacts of :attr:`accounts` (the rows that would be imported).
    valid_rows: int = 0

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

    One per core this process may run on, at most :data:`MAX_WORKERS`.
    Frozen builds (PyInstaller) validate in-process: spawning a worker there
    would start the application again.
    """
    if rows < POOL_MIN_ROWS or getattr(sys, "frozen", False):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    # Even on two cores, where this process's reading and bookkeeping share
    # them with the workers, two workers beat one: 100,000 rows were checked
    # in 10.1 s rather than 15.3 s (benchmarks/import_export.py).
    return max(1, min(cores, MAX_WORKERS))


_GroupResult = tuple[PlannedAccount | None, list[Problem]]
_Chunk = list[list[SourceRow]]


def _chunks(groups: Iterable[list[SourceRow]]) -> Iterator[_Chunk]:
    chunk: _Chunk = []
    size = 0
    for group in groups:
        chunk.append(group)
        size += len(group)
        if size >= CHUNK_ROWS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _validate_here(chunks: Iterator[_Chunk], flagged: bool, total: int,
                   progress: Progress | None, cancel: Cancel | None,
                   ) -> Iterator[tuple[_Chunk, list[_GroupResult]]]:
    done = 0
    for chunk in chunks:
        if _cancelled(cancel):
            raise ImportCancelled
        yield chunk, validate_groups(chunk, flagged)
        done += sum(len(g) for g in chunk)
        if progress is not None:
            progress(done, total)


def _ignore_interrupts() -> None:
    """In a worker: Ctrl+C is for the main process, which stops the pool itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _validate_pooled(chunks: Iterator[_Chunk], flagged: bool, total: int, workers: int,
                     progress: Progress | None, cancel: Cancel | None,
                     ) -> Iterator[tuple[_Chunk, list[_GroupResult]]]:
    """As :func:`_validate_here`, on ``workers`` processes, results in file order.

    If the workers cannot be started or die (a lack of memory, a killed
    process), the chunks they had not answered are validated here.
    """
    done = 0
    # spawn, not fork: forking a process that runs threads (the GUI's) can deadlock.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=_ignore_interrupts)
    # At most two chunks per worker in flight: the rest of the file waits in its spool.
    pending: deque[tuple[_Chunk, Future[list[_GroupResult]] | None]] = deque()
    failed = False

    def fail(exc: BaseException) -> None:
        nonlocal failed
        if not failed:
            log.warning("validating in worker processes failed (%r); validating here", exc)
        failed = True

    def answer() -> tuple[_Chunk, list[_GroupResult]]:
        nonlocal done
        chunk, future = pending.popleft()
        results: list[_GroupResult] | None = None
        if future is not None and not failed:
            try:
                results = future.result()
            except (BrokenProcessPool, OSError) as exc:
                fail(exc)
        if results is None:
            results = validate_groups(chunk, flagged)
        done += sum(len(g) for g in chunk)
        if progress is not None:
            progress(done, total)
        return chunk, results

    try:
        for chunk in chunks:
            if _cancelled(cancel):
                raise ImportCancelled
            future: Future[list[_GroupResult]] | None = None
            if not failed:
                try:
                    future = pool.submit(validate_groups, chunk, flagged)
                except (BrokenProcessPool, OSError) as exc:
                    fail(exc)
            pending.append((chunk, future))
            while len(pending) > 2 * workers or (
                    pending and (pending[0][1] is None or pending[0][1].done())):
                yield answer()
        while pending:
            if _cancelled(cancel):
                raise ImportCancelled
            yield answer()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _validate(groups: Iterator[list[SourceRow]], total: int, flagged: bool,
              progress: Progress | None, cancel: Cancel | None, workers: int | None,
              ) -> Iterator[tuple[_Chunk, list[_GroupResult]]]:
    """Each chunk of ``groups`` with its accounts checked, in file order."""
    count = default_workers(total) if workers is None else workers
    if count > 1:
        return _validate_pooled(_chunks(groups), flagged, total, count, progress, cancel)
    return _validate_here(_chunks(groups), flagged, total, progress, cancel)


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

    The file is read once, into a spool; rows and checked accounts are kept
    there rather than in memory, so that a file of a million rows is checked
    in about 200 MB.
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
        has_reference = ImportField.ACCOUNT_REF in chosen
        rows: Spool[SourceRow] = Spool()
        batch: list[SourceRow] = []
        #: hash() of each row's account reference, to group without holding the rows.
        references = array("q")
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
                row = SourceRow(line, row_values(cells, columns))
                if has_reference and (ref := row.values[_AT_REFERENCE]):
                    references.append(hash(ref))
                batch.append(row)
                if len(batch) >= CHUNK_ROWS:
                    rows.append_chunk(batch)
                    batch = []
                    if _cancelled(cancel):
                        raise ImportCancelled
            rows.append_chunk(batch)
            del batch
        except Unreadable as exc:
            return _fatal(source, table.format, [Problem(0, None, exc.message)], headers,
                          chosen, count, table.notes)
        except OSError as exc:
            return _fatal(source, table.format,
                          [Problem(0, None, _cannot_read(exc))],
                          headers, chosen, count, table.notes)
    finally:
        table.close()

    repeated = repeated_hashes(references)
    del references
    checked = _Checked(ws)
    try:
        for chunk, results in _validate(
                group_rows(rows, has_reference, repeated), len(rows),
                ImportField.MAIN_CONTACT in chosen, progress, cancel, workers):
            for group, (account, found) in zip(chunk, results, strict=True):
                if broken and any(r.line in broken for r in group):
                    own = [p for p in found if not p.knock_on]
                    own.extend(broken[r.line] for r in group if r.line in broken)
                    account, found = None, refuse(group, own)
                if account is None:
                    problems.extend(found)
                else:
                    checked.add(account)
        accounts, contacts = checked.finish(problems)
    except BaseException:
        checked.close()
        raise
    finally:
        rows.close()
    problems.sort(key=lambda p: p.line)
    return ImportPlan(str(source), table.format, headers, chosen, count,
                      accounts if len(accounts) else (), tuple(problems), table.notes,
                      valid_rows=contacts)


class _Checked:
    """The accounts that passed the row checks, spooled, and what the file and
    the database say about their organisation numbers."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._spool: Spool[PlannedAccount] = Spool()
        self._batch: list[PlannedAccount] = []
        self._position = 0
        self._contacts = 0
        #: hash((country, organisation number)) of each account that has one, and its position.
        self._org_hashes = array("q")
        self._org_positions = array("q")
        #: Position -> customer number of the account stored with its organisation number.
        self._stored: dict[int, int] = {}

    def add(self, account: PlannedAccount) -> None:
        key = account.org_key
        if key is not None:
            self._org_hashes.append(hash(key))
            self._org_positions.append(self._position)
        self._position += 1
        self._contacts += len(account.contacts)
        self._batch.append(account)
        if len(self._batch) >= CHUNK_ROWS:
            self._flush()

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        first = self._position - len(batch)
        keys = {key for a in batch if (key := a.org_key) is not None}
        if keys:
            with self._ws.reading() as uow:
                stored = uow.accounts.stored_org_numbers(keys)
            for offset, account in enumerate(batch):
                number = stored.get(account.org_key) if account.org_key else None
                if number is not None:
                    self._stored[first + offset] = number
        self._spool.append_chunk(batch)

    def finish(self, problems: list[Problem]) -> tuple[Spool[PlannedAccount], int]:
        """The accounts to import (the spool) and their contacts; the refused ones'
        problems go into ``problems``.

        Accounts of the file with the same organisation number are all refused
        (the file does not say which is right); of the rest, those whose number
        is stored already.
        """
        self._flush()
        repeated = repeated_hashes(self._org_hashes)
        candidates = [position for value, position
                      in zip(self._org_hashes, self._org_positions, strict=True)
                      if value in repeated]
        del self._org_hashes, self._org_positions
        dropped: set[int] = set()
        # Only what the messages need, not the accounts: of a million demo
        # rows, 87,289 lines were refused.
        picked = {position: OrgClaim(account.lines, account.org_key)
                  for position, account in self._spool.pick([*candidates, *self._stored])}
        if candidates:
            twins = [picked[p] for p in candidates]
            for at, found in duplicate_org_numbers(twins).items():
                problems.extend(found)
                dropped.add(candidates[at])
        for position, number in self._stored.items():
            if position not in dropped:
                problems.extend(stored_duplicate(picked[position], number))
                dropped.add(position)
        del picked
        if not dropped:
            return self._spool, self._contacts
        kept: Spool[PlannedAccount] = Spool()
        contacts = self._contacts
        spool = self._spool
        for index in range(spool.chunk_count):
            start = spool.chunk_start(index)
            end = (spool.chunk_start(index + 1) if index + 1 < spool.chunk_count
                   else len(spool))
            if not any(start <= p < end for p in dropped):
                kept.append_raw(spool.raw(index), end - start)
                continue
            items = spool.chunk(index)
            left = []
            for offset, account in enumerate(items):
                if start + offset in dropped:
                    contacts -= len(account.contacts)
                else:
                    left.append(account)
            kept.append_chunk(left)
        spool.close()
        return kept, contacts

    def close(self) -> None:
        self._spool.close()


# --- writing -----------------------------------------------------------------


def _batches(accounts: Iterable[PlannedAccount], size: int) -> Iterator[list[PlannedAccount]]:
    batch: list[PlannedAccount] = []
    for account in accounts:
        batch.append(account)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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
        # Each batch is looked up again: someone may have stored one of its
        # numbers since the plan was made. Not in an empty register, whose
        # organisation number index the bulk write drops until the end (a
        # look-up per batch would read every account written so far).
        recheck = uow.accounts.any_stored()
        with uow.accounts.add_many() as add:
            for batch in _batches(plan.accounts, batch_size):
                if _cancelled(cancel):
                    raise ImportCancelled
                keys = {key for a in batch if (key := a.org_key) is not None}
                stored = uow.accounts.stored_org_numbers(keys) if keys and recheck else {}
                todo: list[PlannedAccount] = []
                for account in batch:
                    number = stored.get(account.org_key) if account.org_key else None
                    if number is None:
                        todo.append(account)
                    else:
                        problems.extend(stored_duplicate(account, number))
                        total -= len(account.contacts)
                if todo:
                    numbers = add([planned.rows for planned in todo])
                    contacts = sum(len(planned.contacts) for planned in todo)
                    created_accounts += len(todo)
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

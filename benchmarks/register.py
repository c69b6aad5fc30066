"""Benchmark of the customer register at scale: creating N accounts, then using them.

    python benchmarks/register.py --rows N [--keep PATH | --database URL] [--json] [--repeat K]

Phase 1 (a child process, so that its memory does not count against the
register): the database is created through the app's own path, i.e.
``open_database`` (Alembic migrations) and ``bulk_create_accounts`` fed by
``generate_demo_accounts(N)``; a kept SQLite file or a PostgreSQL database
that already holds exactly N accounts is reused.

Phase 2 (this process): the register is opened as ``custadmin.app`` opens it,
offscreen — ``open_database``, a ``MainWindow`` of the default 1500x860,
shown, ``start()`` — and the operator's actions are timed up to the moment
the table has been painted with real rows. Painting is forced synchronously
(``viewport().repaint()``) after Qt has handled what was posted, so a time
includes the database fetches that ``RegisterModel.data()`` makes for the
rows on screen; every paint is checked to have happened, with the scroll bar
matching the row count and the visible rows read from the database.

With ``--json`` the last line of stdout is one JSON object (see README.md).
"""

from __future__ import annotations

import argparse
import compileall
import concurrent.futures
import json
import multiprocessing
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench_common import (
    EXIT_FAILED,
    EXIT_REFUSED,
    BenchError,
    Refused,
    ensure_importable,
    peak_rss_mb,
    say,
    stored_accounts,
)

if TYPE_CHECKING:
    from custadmin.domain.accounts import NewAccount

#: Prefix of the line on which the creating child reports its result.
RESULT_MARKER = "@@custadmin-bench-create "
DEFAULT_TIMEOUT_S = 120.0
RANDOM_JUMPS = 20
PAGE_DOWNS = 10
#: Fixed so that repeated runs jump to the same rows.
JUMP_SEED = 20_240_611
#: How far the first count of the whole register may be from the truth when it
#: is the database's estimate (PostgreSQL); the exact count follows.
ESTIMATE_TOLERANCE = 0.05
#: Texts given with --search-texts, by kind: searched instead of those picked.
SEARCH_TEXTS_GIVEN: dict[str, str] = {}

SEARCH_KINDS = (
    "name_prefix", "name_fragment", "org_fragment", "email_fragment", "phone_fragment",
    "contact_name", "name_as_spoken",
)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _p90(values: Sequence[float]) -> float:
    if len(values) < 2:
        return values[0]
    return round(statistics.quantiles(values, n=10, method="inclusive")[-1], 1)


# --- phase 1: creating the database (child process) ----------------------------


@dataclass
class _Stopwatch:
    """Time spent inside calls that the bulk path makes, to say where time goes."""

    seconds: float = 0.0

    def wrap_iter(self, items: Iterable[NewAccount]) -> Iterator[NewAccount]:
        iterator = iter(items)
        clock = time.perf_counter
        while True:
            start = clock()
            try:
                item = next(iterator)
            except StopIteration:
                self.seconds += clock() - start
                return
            self.seconds += clock() - start
            yield item

    def wrap_call(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        clock = time.perf_counter

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += clock() - start

        return timed


def _create_child(url: str, rows: int) -> int:
    """``--_create``: fill an empty database with ``rows`` demo accounts; report as JSON."""
    import custadmin.services.accounts as accounts_service
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database

    start = time.perf_counter()
    db = Workspace(open_database(url))
    schema_s = time.perf_counter() - start

    # Instrumentation only: the service looks validate_new_account up as a
    # module global on every record, so timing it here needs no change in src/.
    generating, validating = _Stopwatch(), _Stopwatch()
    service_globals = vars(accounts_service)
    service_globals["validate_new_account"] = validating.wrap_call(
        service_globals["validate_new_account"]
    )
    step = max(rows // 10, 1)
    next_report = [step]

    def progress(done: int) -> None:
        if done >= next_report[0] or done == rows:
            elapsed = time.perf_counter() - start_bulk
            say(f"  {done:>10,} / {rows:,} accounts, {elapsed:7.1f} s, "
                 f"{done / elapsed:,.0f} rows/s")
            while next_report[0] <= done:
                next_report[0] += step

    start_bulk = time.perf_counter()
    result = accounts_service.bulk_create_accounts(
        db, generating.wrap_iter(generate_demo_accounts(rows)), progress=progress
    )
    create_s = time.perf_counter() - start_bulk
    # Closing the last SQLite connection checkpoints the write-ahead log into
    # the file; timed apart because it is the database's, not the service's.
    start_close = time.perf_counter()
    db.dispose()
    close_s = time.perf_counter() - start_close
    if result.created != rows or result.rejected:
        first = next(iter(result.rejected.items()), None)
        say(f"created {result.created} of {rows}; rejected {len(result.rejected)}: {first}")
        return EXIT_FAILED
    database_s = create_s - generating.seconds - validating.seconds
    report = {
        "schema_s": round(schema_s, 3),
        "create_s": round(create_s, 3),
        "close_s": round(close_s, 3),
        "create_breakdown_s": {
            "generate": round(generating.seconds, 3),
            "validate": round(validating.seconds, 3),
            "database_and_rest": round(database_s, 3),
        },
        "create_peak_rss_mb": peak_rss_mb(),
    }
    print(RESULT_MARKER + json.dumps(report), flush=True)
    return 0


def _run_child(args: Sequence[str], what: str) -> dict[str, Any]:
    """This script run with ``args`` in a process of its own: its report, its lines said."""
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, bufsize=1) as child:
        assert child.stdout is not None
        report: dict[str, Any] | None = None
        for line in child.stdout:
            if line.startswith(RESULT_MARKER):
                report = json.loads(line[len(RESULT_MARKER):])
            else:
                say(line.rstrip("\n"))
        code = child.wait()
    if code != 0 or report is None:
        raise BenchError(f"{what} failed (child exit code {code})")
    return report


@dataclass
class Target:
    url: str
    backend: str
    where: str
    sqlite_path: Path | None


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _prepare_database(target: Target, rows: int) -> dict[str, Any]:
    """Reuse a database that holds exactly ``rows`` accounts, else create one."""
    path = target.sqlite_path
    # In a process of its own: opening an empty database runs the migrations,
    # and Alembic with every migration module loaded stayed in this process,
    # whose memory is the register's (10 MB more at a fresh database's peak:
    # 158 MB where the same database reused read 149 MB).
    with concurrent.futures.ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn")) as pool:
        existing = pool.submit(stored_accounts, target.url, target.where, path).result()
    # The database layer itself is imported here, early, as the app imports it
    # before it reads the register: imported later, amid the register's own
    # allocations, the same modules left the peak higher (152 MB against 137
    # at 100,000 accounts on SQLite).
    import custadmin.services.accounts
    import custadmin.services.workspace
    import custadmin.storage.migrate  # noqa: F401
    if existing == rows:
        say(f"reusing {target.where}: it already holds {rows:,} accounts")
        return {"reused": True, "create_s": None, "create_rows_per_s": None}
    if existing:
        if path is None:
            raise Refused(
                f"{target.where} already holds {existing:,} accounts, not {rows:,}; use an "
                "empty database (or one made by this benchmark with the same --rows)."
            )
        say(f"{path} holds {existing:,} accounts, not {rows:,}: creating it anew")
        _remove_sqlite(path)
    say(f"creating {rows:,} accounts in {target.where} (open_database + bulk_create_accounts)")
    report = _run_child(["--_create", target.url, "--rows", str(rows)], "creating the database")
    create_s = float(report["create_s"])
    report["reused"] = False
    report["create_rows_per_s"] = round(rows / create_s) if create_s else None
    parts = report["create_breakdown_s"]
    say(
        f"created {rows:,} accounts in {create_s:.1f} s = {rows / create_s:,.0f} rows/s "
        f"(generate {parts['generate']:.1f} s, validate {parts['validate']:.1f} s, "
        f"database and rest {parts['database_and_rest']:.1f} s; schema "
        f"{report['schema_s']:.2f} s, close {report['close_s']:.1f} s; "
        f"peak RSS {report['create_peak_rss_mb']:.0f} MB)"
    )
    return report


# --- phase 2: the register (this process) ---------------------------------------


@dataclass
class RunResult:
    values: dict[str, Any] = field(default_factory=dict)


def _fragment(text: str, digits: int, *, want: str, avoid: str = "", no_lead: str = "") -> str:
    """``digits`` consecutive digits of a displayed value, with its separators.

    Windows nearest the middle come first; one containing ``want`` (a hyphen
    or a space, as an operator would type the number), none of ``avoid`` and
    not starting with a character of ``no_lead`` is preferred.
    """
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    if len(positions) < digits:
        return text
    windows = [
        text[positions[k] : positions[k + digits - 1] + 1]
        for k in range(len(positions) - digits + 1)
    ]
    centre = (len(windows) - 1) / 2
    ranked = sorted(range(len(windows)), key=lambda k: abs(k - centre))
    for k in ranked:
        window = windows[k]
        if (
            want in window
            and not any(ch in window for ch in avoid)
            and window[0] not in no_lead
        ):
            return window
    return windows[ranked[0]]


def _middle(text: str, width: int) -> str:
    start = max((len(text) - width) // 2, 0)
    return text[start : start + width]


def _search_texts(db: Any, ids: Sequence[int]) -> dict[str, str]:
    """What an operator would type to find accounts seen in the register."""
    from custadmin.services.register import register_rows

    rows = register_rows(db, ids)
    if not rows:
        raise BenchError("no rows to choose search texts from")
    row = rows[0]
    words = row.name.split()
    first = words[0] if words and len(words[0]) >= 3 else row.name
    longest = max(words or [row.name], key=len)
    local = row.email.split("@")[0]
    # Hyphenated (Swedish, Finnish) numbers are the ones typed two ways.
    with_org = next((r for r in rows if "-" in r.org_number), None) or next(
        (r for r in rows if r.org_number), row
    )
    phone = next((r.phone for r in rows if not r.phone.startswith("+")), row.phone)
    texts = {
        "name_prefix": first[:3],
        "name_fragment": _middle(longest, 4),
        "org_fragment": _fragment(with_org.org_number, 5, want="-"),
        "email_fragment": _middle(local, 5),
        # A leading 0 would be taken for the trunk prefix and dropped.
        "phone_fragment": _fragment(phone, 5, want=" ", avoid="-+", no_lead="0"),
        # A contact's name as the caller says it, in capitals: case folding
        # of every letter is part of the work.
        "contact_name": next(
            (r.main_contact for r in rows if any(ch in r.main_contact for ch in "åäöæøÅÄÖÆØ")),
            row.main_contact,
        ).upper(),
    }
    # The same name as a caller says it: last name first, no å/ä/ö/æ/ø (issue 15).
    spoken = " ".join(reversed(texts["contact_name"].split()))
    spoken = spoken.replace("Ø", "O").replace("Æ", "AE")
    texts["name_as_spoken"] = unicodedata.normalize("NFD", spoken).encode(
        "ascii", "ignore").decode()
    return {kind: text.strip() or row.name for kind, text in texts.items()}


def _measure(
    target: Target, rows: int, repeat: int, timeout_s: float, tmp: Path
) -> list[RunResult]:
    """Open the register ``repeat`` times and time the operator's actions in each."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from custadmin.memory import skip_pyside_source_reading

    skip_pyside_source_reading()  # as custadmin.app.run_gui does
    from PySide6.QtCore import (
        QCoreApplication,
        QEvent,
        QEventLoop,
        QMessageLogContext,
        QObject,
        QSettings,
        Qt,
        QTimer,
        QtMsgType,
        qInstallMessageHandler,
    )
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from custadmin.domain.register import RegisterColumn
    from custadmin.services.register import DatabaseRegister
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database
    from custadmin.storage.quick_register import open_quick_register
    from custadmin.ui.collector import GuiThreadCollector
    from custadmin.ui.main_window import MainWindow
    from custadmin.ui.register.model import EINVOICE_COLUMN
    from custadmin.ui.register.panel import SEARCH_DELAY_MS

    def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        # The offscreen platform warns about window size hints it cannot
        # pass on; that is noise here. Everything else goes to stderr.
        if "propagateSizeHints" not in message:
            print(f"qt: {kind.name}: {message}", file=sys.stderr, flush=True)

    qInstallMessageHandler(qt_message)
    QCoreApplication.setOrganizationName("custadmin-benchmark")
    QCoreApplication.setApplicationName("custadmin-benchmark")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # As app.run_gui: Python's collector runs on the GUI thread's timer only.
    # Left automatic, a full collection (~50 ms) struck during a first paint.
    GuiThreadCollector(app)

    # Every id the model fetched since its last reset: a painted row whose id
    # is not in here was not read through data() (so nothing was really drawn).
    fetched: set[int] = set()

    def track(source: Any) -> None:
        """Note every ID whose row the model reads from ``source``."""
        original_rows = source.stored_rows

        def tracking_rows(ids: Sequence[int], search: str = "") -> Any:
            fetched.update(ids)
            return original_rows(ids, search)

        source.stored_rows = tracking_rows

    class PaintWatcher(QObject):
        """Counts the viewport's paints and notes the scroll bar as it was painted."""

        def __init__(self, window: MainWindow) -> None:
            super().__init__(window)
            self.table = window.register.table
            self.paints = 0
            self.state = (0, 0, 0)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                bar = self.table.verticalScrollBar()
                self.paints += 1
                self.state = (self.table.model().rowCount(), bar.maximum(), bar.pageStep())
            return False

    def one_run(number: int) -> RunResult:
        result = RunResult()
        values = result.values
        settings = QSettings(str(tmp / f"settings-{number}.ini"), QSettings.Format.IniFormat)
        failures: list[str] = []

        if target.sqlite_path is None:
            # The app signs its operator in before it opens a shared database's
            # register (app._OpenedAhead), which configures SQLAlchemy's mappers
            # (~37 ms) and makes the first ORM query: done here too, off the clock.
            _read_an_operator(target.url)

        # As app.run_gui opens it: an SQLite file through the quick register
        # (no SQLAlchemy before the first paint), the rest after that paint.
        start = time.perf_counter()
        quick = open_quick_register(target.sqlite_path) if target.sqlite_path else None
        if target.sqlite_path is not None and quick is None:
            raise BenchError(f"{target.where}: not opened the quick way at start-up")
        full_db = None if quick is not None else Workspace(
            open_database(target.url, create=False))
        # A shared database: the register reads it at once, the account
        # editor is built after the first paint (as app.run_gui does).
        shared = DatabaseRegister(full_db) if full_db is not None else None
        opened = time.perf_counter()
        window = MainWindow(None, target.where, settings=settings,
                            register_source=quick if quick is not None else shared)
        panel = window.register
        model = panel.model
        track(model.source)
        table = panel.table
        viewport = table.viewport()
        bar = table.verticalScrollBar()
        header = table.horizontalHeader()
        watcher = PaintWatcher(window)
        viewport.installEventFilter(watcher)
        model.failed.connect(failures.append)
        # A new query (set_query says so first) reads its rows anew; the first
        # block is read on the worker before the reset that shows it.
        model.searching_changed.connect(lambda started: started and fetched.clear())
        debounce = next(
            t for t in panel.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if t.isSingleShot() and t.interval() == SEARCH_DELAY_MS
        )
        window.show()
        shown = time.perf_counter()

        def wait_for(signal: Any, action: Callable[[], object], what: str) -> list[Any]:
            """Run ``action`` and wait until ``signal`` is emitted (its arguments)."""
            got: list[list[Any]] = []
            loop = QEventLoop()

            def arrived(*args: Any) -> None:
                got.append(list(args))
                loop.quit()

            def failed(_message: str) -> None:
                loop.quit()

            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            signal.connect(arrived)
            model.failed.connect(failed)
            try:
                timer.start(int(timeout_s * 1000))
                action()
                if not got and not failures:
                    loop.exec()
            finally:
                timer.stop()
                signal.disconnect(arrived)
                model.failed.disconnect(failed)
            if failures:
                raise BenchError(f"{what}: the register reported: {failures[-1]}")
            if not got:
                raise BenchError(f"{what}: nothing within {timeout_s:g} s")
            return got[0]

        def wait_complete(what: str) -> None:
            if not model.complete:
                wait_for(model.completed, lambda: None, what)

        def scroll_range_ok(state: tuple[int, int, int]) -> bool:
            count, maximum, page = state
            row_height = table.verticalHeader().defaultSectionSize()
            if table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
                total, visible = count, viewport.height() // row_height
            else:
                total, visible = count * row_height, viewport.height()
            if total <= visible:
                return maximum == 0
            return maximum + page == total

        def paint(what: str, expected_rows: int | None = None) -> None:
            """Let Qt handle what is posted (layout, updates), then paint now if it did not."""
            before = watcher.paints
            app.processEvents()
            if watcher.paints == before or not scroll_range_ok(watcher.state):
                viewport.repaint()
            if watcher.paints == before:
                raise BenchError(f"{what}: the table was not painted")
            count = watcher.state[0]
            # On PostgreSQL the whole register is first counted by the planner's
            # estimate (exact once every ID is read): close enough is right then.
            if expected_rows is not None and count != expected_rows and not (
                    model.count_estimated
                    and abs(count - expected_rows) <= expected_rows * ESTIMATE_TOLERANCE):
                raise BenchError(f"{what}: painted {count} rows, expected {expected_rows}")
            if not scroll_range_ok(watcher.state):
                raise BenchError(
                    f"{what}: scroll bar 0..{watcher.state[1]} (page {watcher.state[2]}) "
                    f"does not match {count} rows"
                )
            if failures:
                raise BenchError(f"{what}: the register reported: {failures[-1]}")
            if count:
                top = table.rowAt(0)
                bottom = table.rowAt(viewport.height() - 1)
                for row in (top, count - 1 if bottom < 0 else bottom):
                    if model.account_id(row) not in fetched:
                        raise BenchError(f"{what}: row {row} is on screen but was never read")

        attach_failures: list[BaseException] = []
        attached_at: list[float] = []
        if quick is not None:
            def open_rest() -> tuple[Any, Any]:
                opened_db = Workspace(open_database(target.url, create=False))
                return opened_db, DatabaseRegister(opened_db)

            window.attach_after_first_paint(open_rest, attach_failures.append)
            window.attached.connect(lambda: (attached_at.append(time.perf_counter()),
                                             track(model.source)))
        elif full_db is not None and shared is not None:
            opened_db, opened_source = full_db, shared
            window.attach_after_first_paint(lambda: (opened_db, opened_source),
                                            attach_failures.append)
            window.attached.connect(lambda: attached_at.append(time.perf_counter()))

        # -- first paint: as app.run_gui does it, start() from the event loop.
        wait_for(model.page_shown, lambda: QTimer.singleShot(0, window.start), "first load")
        loaded = time.perf_counter()
        paint("first paint", rows)
        painted = time.perf_counter()
        values["first_paint_count"] = model.rowCount()
        values["first_paint_ms"] = _ms(painted - start)
        values["first_paint_parts_ms"] = {
            "open_database": _ms(opened - start),
            "window": _ms(shown - opened),
            "search": _ms(loaded - shown),
            "paint": _ms(painted - loaded),
        }
        # Every ID in order, fetched on the worker after the first paint;
        # jumps before it arrives locate rows by position.
        early_row = random.Random(JUMP_SEED + 1).randrange(min(rows, model.rowCount()))
        began = time.perf_counter()
        table.scrollTo(model.index(early_row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        paint(f"early jump to row {early_row}", rows)
        values["early_jump_ms"] = _ms(time.perf_counter() - began)
        wait_complete("every ID after the first paint")
        values["all_ids_ms"] = _ms(time.perf_counter() - start)
        if model.rowCount() != rows:
            raise BenchError(f"every ID: {model.rowCount()} accounts, expected {rows}")
        size = window.size()
        visible_rows = viewport.height() // table.verticalHeader().defaultSectionSize()
        values["window_px"] = f"{size.width()}x{size.height()}"
        values["visible_rows"] = visible_rows
        say(
            f"run {number}: first paint {values['first_paint_ms']:.0f} ms "
            + ", ".join(f"{k} {v:.0f}" for k, v in values["first_paint_parts_ms"].items())
            + f" (window {values['window_px']}, {visible_rows} rows visible, "
            f"scroll bar 0..{bar.maximum()})"
        )

        # -- jumps: the scroll thumb dragged somewhere far.
        def jump(row: int) -> float:
            began = time.perf_counter()
            table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            paint(f"jump to row {row}", rows)
            took = time.perf_counter() - began
            top, bottom = table.rowAt(0), table.rowAt(viewport.height() - 1)
            if not top <= row <= (rows - 1 if bottom < 0 else bottom):
                raise BenchError(f"jump to row {row}: rows {top}..{bottom} are on screen")
            return _ms(took)

        jump_row = min(int(rows * 0.9), rows - 1)
        values["jump_row"] = jump_row
        values["jump_ms"] = jump(jump_row)
        rng = random.Random(JUMP_SEED)
        random_jumps = [jump(rng.randrange(rows)) for _ in range(RANDOM_JUMPS)]
        values["jump_random_ms"] = {
            "median": round(statistics.median(random_jumps), 1),
            "p90": _p90(random_jumps),
        }
        say(
            f"  jump to row {jump_row:,}: {values['jump_ms']:.1f} ms; {RANDOM_JUMPS} random "
            f"jumps: median {values['jump_random_ms']['median']:.1f} ms, "
            f"p90 {values['jump_random_ms']['p90']:.1f} ms"
        )

        # -- PageDown in the table, from the middle of the register.
        table.setFocus()
        flags = table.selectionModel().SelectionFlag
        middle = model.index(rows // 2, 0)
        table.selectionModel().setCurrentIndex(middle, flags.ClearAndSelect | flags.Rows)
        table.scrollTo(middle, QAbstractItemView.ScrollHint.PositionAtTop)
        paint("before PageDown", rows)
        page_downs: list[float] = []
        for _ in range(PAGE_DOWNS):
            before_row = table.currentIndex().row()
            began = time.perf_counter()
            QTest.keyClick(table, Qt.Key.Key_PageDown)
            paint("PageDown", rows)
            page_downs.append(_ms(time.perf_counter() - began))
            if before_row < rows - 1 and table.currentIndex().row() <= before_row:
                raise BenchError(f"PageDown did not move on from row {before_row}")
        values["page_down_ms"] = round(statistics.median(page_downs), 1)
        values["page_down_max_ms"] = max(page_downs)
        say(f"  PageDown: median {values['page_down_ms']:.1f} ms, "
             f"max {values['page_down_max_ms']:.1f} ms ({PAGE_DOWNS} presses)")

        # -- the database layer, opened on a worker after the first paint.
        if not window.is_attached:
            wait_for(window.attached, lambda: None, "opening the database after the first paint")
        if attach_failures:
            raise BenchError(f"opening the database: {attach_failures[0]!r}")
        if attached_at:
            values["attached_ms"] = _ms(attached_at[0] - start)
            say(f"  database layer and editor ready {values['attached_ms']:.0f} ms after open")
        db = window.workspace

        # -- the e-invoice column of rows jumped to: read once the rows on screen
        # stop changing (RegisterModel.STATES_PAUSE_MS), then painted.
        column_row = min(rows // 3, rows - 1)
        began = time.perf_counter()
        table.scrollTo(model.index(column_row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        paint(f"jump to row {column_row}", rows)
        top_cell = model.index(table.rowAt(0), EINVOICE_COLUMN)
        while not model.data(top_cell):
            wait_for(model.dataChanged, lambda: None, "the e-invoice column")
        paint("the e-invoice column", rows)
        values["einvoice_column_ms"] = _ms(time.perf_counter() - began)
        say(f"  e-invoice column of the rows jumped to: {values['einvoice_column_ms']:.1f} ms")

        # -- searches, each typed into the box; the last keystroke is timed.
        texts = _search_texts(db, [model.account_id(r) or 0 for r in range(
            rows // 2, min(rows // 2 + 200, rows))]) | SEARCH_TEXTS_GIVEN
        box = panel.search
        values["search_texts"] = texts
        values["search_ms"] = {}
        values["search_hits"] = {}

        def complete_search(last: str) -> None:
            QTest.keyClicks(box, last)
            # Bypass the 200 ms typing pause: the panel's own search slot
            # does exactly this when the debounce timer fires.
            debounce.stop()
            model.set_search_text(box.text())

        values["search_first_page_ms"] = {}
        for kind in SEARCH_KINDS:
            text = texts[kind]
            box.setFocus()
            box.setText(text[:-1])
            debounce.stop()
            # The text minus its last letter is searched too, as typing
            # would; then the last keystroke is timed.
            wait_for(model.page_shown, lambda: model.set_search_text(box.text()), "typing")
            wait_complete("typing")
            began = time.perf_counter()
            wait_for(model.page_shown, partial(complete_search, text[-1]), f"search {text!r}")
            if box.text() != text:
                raise BenchError(f"typed {box.text()!r} instead of {text!r}")
            shown_rows = model.rowCount()
            if shown_rows:
                paint(f"search {text!r} first page", shown_rows)
            else:
                app.processEvents()
            values["search_first_page_ms"][kind] = _ms(time.perf_counter() - began)
            wait_complete(f"search {text!r}")
            hits = model.rowCount()
            if hits:
                paint(f"search {text!r}", hits)
            values["search_ms"][kind] = _ms(time.perf_counter() - began)
            values["search_hits"][kind] = hits
            say(f"  search {kind:<15} {text!r:<18} {hits:>9,} hits: first page "
                 f"{values['search_first_page_ms'][kind]:7.1f} ms, all "
                 f"{values['search_ms'][kind]:7.1f} ms")
        box.setText("")
        debounce.stop()
        wait_for(model.page_shown, lambda: model.set_search_text(""), "clearing the search")
        paint("cleared search", rows)
        wait_complete("clearing the search")

        # -- sorting the whole register by each column, through the header.
        values["sort_ms"] = {}
        values["sort_all_ids_ms"] = {}
        for column in RegisterColumn:
            order = Qt.SortOrder.AscendingOrder
            if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == order:
                order = Qt.SortOrder.DescendingOrder
            began = time.perf_counter()
            wait_for(model.page_shown, partial(header.setSortIndicator, column, order),
                     f"sort by {column.name}")
            paint(f"sort by {column.name}", rows)
            name = column.name.lower()
            values["sort_ms"][name] = _ms(time.perf_counter() - began)
            if model.query.sort != column:
                raise BenchError(f"sort by {column.name}: the model sorts by {model.query.sort}")
            wait_complete(f"sort by {column.name}")
            values["sort_all_ids_ms"][name] = _ms(time.perf_counter() - began)
            say(f"  sort by {name:<15} {values['sort_ms'][name]:9.1f} ms painted, every ID "
                 f"after {values['sort_all_ids_ms'][name]:7.1f} ms")

        window.close()  # waits for the workers (MainWindow.closeEvent)
        window.deleteLater()
        app.processEvents()
        db.dispose()
        return result

    return [one_run(n) for n in range(1, repeat + 1)]


def _read_line(stream: Any, into: list[str]) -> None:
    into.append(stream.readline())


def _benchmark_operator(url: str) -> dict[str, str]:
    """A new administrator with a random password in the benchmark's database, as the
    app's unattended sign-in reads it (``CUSTADMIN_OPERATOR``, ``CUSTADMIN_PASSWORD``)."""
    import secrets

    from custadmin.app import OPERATOR_ENV, PASSWORD_ENV

    name, password = f"bench-{secrets.token_hex(4)}", secrets.token_urlsafe(24)
    # In a process of its own: hashing the password (argon2id) takes 64 MB,
    # which would otherwise count in this process's peak memory, the register's.
    # The password goes through the pool's pipe, never a command line.
    with concurrent.futures.ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pool.submit(_create_administrator, url, name, password).result()
    return {OPERATOR_ENV: name, PASSWORD_ENV: password}


def _read_an_operator(url: str) -> None:
    """The sign-in's reading of its operator through the ORM, without its argon2id
    verification: the app verifies while it imports Qt; here, after Qt, its
    64 MB raised the register's peak to 185 MB in the one run made that way."""
    from sqlalchemy import select

    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database
    from custadmin.storage.schema import Operator

    ws = Workspace(open_database(url, create=False))
    try:
        with ws.reading() as uow:
            uow.session.scalar(select(Operator).limit(1))
    finally:
        ws.dispose()


def _create_administrator(url: str, name: str, password: str) -> None:
    ensure_importable()
    from custadmin.domain.operators import OperatorRole
    from custadmin.services.operators import create_operator
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database

    ws = Workspace(open_database(url, create=False))
    try:
        create_operator(ws, name, "Benchmark", OperatorRole.ADMINISTRATOR, password)
    finally:
        ws.dispose()


def _measure_startup(target: Target, repeat: int, timeout_s: float, tmp: Path,
                     operator: dict[str, str] | None) -> dict[str, Any]:
    """Process start → first painted register, as an operator starts the app.

    ``python -m custadmin --database … --quit-after-first-paint``, offscreen:
    the time from spawning the process to its line saying the register was
    painted (interpreter start and every import included).
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp / "config"), XDG_STATE_HOME=str(tmp / "state"),
               XDG_DATA_HOME=str(tmp / "data"))
    # An installed app starts from compiled bytecode (pip and PyInstaller write
    # it; an editable install writes it at its first start). A checkout run
    # with PYTHONDONTWRITEBYTECODE set, as on these machines, would compile the
    # app's modules at every start instead (~0.1 s): compiled once here.
    import custadmin

    compileall.compile_dir(Path(custadmin.__file__).parent, quiet=1)
    if operator is not None:
        env.update(operator)
    command = [sys.executable, "-m", "custadmin", "--database", target.url,
               "--quit-after-first-paint"]
    times: list[float] = []
    for _ in range(repeat):
        began = time.perf_counter()
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) as child:
            assert child.stdout is not None
            stdout = child.stdout
            first: list[str] = []
            # readline() would wait for ever on an app stuck before its first
            # paint (a dialog nobody answers): read it on a thread, with a timeout.
            reader = threading.Thread(target=_read_line, args=(stdout, first), daemon=True)
            reader.start()
            reader.join(timeout_s)
            painted = time.perf_counter()
            if not first:
                child.kill()
                raise BenchError("start-up: no first paint within the timeout")
            line = first[0]
            try:
                _out, err = child.communicate(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                child.kill()
                raise BenchError("start-up: the app did not quit after its first paint") from None
        if not line.startswith("first paint:"):
            raise BenchError(f"start-up: the app said {line!r} {err[-500:]!r}")
        times.append(_ms(painted - began))
    say(f"  start-up to first paint: {', '.join(f'{t:.0f}' for t in times)} ms "
        "(the app's bytecode compiled beforehand, as an installed app's is)")
    return {"startup_ms": round(statistics.median(times), 1), "startup_ms_runs": times}


def _median_of(runs: Sequence[Any]) -> Any:
    """The median of every number over the runs (texts are taken from the first)."""
    first = runs[0]
    if isinstance(first, dict):
        return {key: _median_of([run[key] for run in runs]) for key in first}
    if isinstance(first, bool) or not isinstance(first, (int, float)):
        return first
    if all(isinstance(run, int) for run in runs):
        return statistics.median_low(runs)  # counts stay whole numbers
    return round(statistics.median(runs), 1)


# --- the e-invoice report (issue 16) --------------------------------------------------

#: Timed runs of the report (counts + first page); the median is reported.
EINVOICE_RUNS = 5

#: Set-based statements giving the accounts a realistic e-invoice share, in
#: SQL both back ends run. About 10 % of the accounts (id % 10 = 3) get a
#: Peppol ID of their country's scheme (R33) made of their organisation
#: number; nine in ten of those a recipient (by organisation number and
#: participant ID): 70 % confirmed, 15 % pending, 5 % rejected, 10 % confirmed
#: and moving to another operator; about 1 % of recipients take credit notes
#: only. 1 % of the accounts (id % 100 = 7) are in the network without a
#: Peppol ID; 0.6 % require e-invoices. Operators are spread over the
#: catalogue; states date from 1 to 400 days back.
_EINVOICE_SQL = (
    """UPDATE account SET peppol_id = CASE country
           WHEN 'SE' THEN '0007:' || org_number
           WHEN 'DK' THEN '0184:' || org_number
           WHEN 'NO' THEN '0192:' || org_number
           ELSE '0216:0037' || replace(org_number, '-', '') END
       WHERE id % 10 = 3 AND org_number <> '' AND country IN ('SE', 'DK', 'NO', 'FI')""",
    "UPDATE account SET requires_einvoice = :yes WHERE id % 1000 IN (3, 13, 23, 7, 57, 97)",
    """INSERT INTO einvoice_recipient (company_name, country, org_number, operator_id, email,
           state, state_since, requested_by, for_account_id, decided_by, confirmed_from,
           rejected_reason, document_types, supplier_must_be_approved, reference_required,
           created_at, updated_at, version)
       SELECT a.name, a.country, a.org_number, :first_operator + (a.id / 7) % :operators,
           'einvoice@example.com',
           CASE WHEN (a.id / 10) % 20 BETWEEN 14 AND 16 THEN 'pending'
                WHEN (a.id / 10) % 20 = 17 THEN 'rejected' ELSE 'confirmed' END,
           CASE (a.id / 3) % 4 WHEN 0 THEN :since0 WHEN 1 THEN :since1 WHEN 2 THEN :since2
                ELSE :since3 END,
           'benchmark', a.id, '', '',
           CASE WHEN (a.id / 10) % 20 = 17 THEN 'unknown at the operator' ELSE '' END,
           CASE WHEN (a.id / 10) % 97 = 5 THEN 'credit_note' ELSE 'invoice,credit_note' END,
           :no, :no, :now, :now, 1
       FROM account a JOIN (
           SELECT min(id) AS id FROM account
           WHERE org_number <> '' AND ((id % 10 = 3 AND (id / 200) % 10 <> 0) OR id % 100 = 7)
           GROUP BY country, org_number) g ON g.id = a.id""",
    """INSERT INTO einvoice_participant (key, participant_id, recipient_id)
       SELECT lower(a.peppol_id), min(a.peppol_id), min(r.id)
       FROM einvoice_recipient r JOIN account a
           ON a.org_number = r.org_number AND a.country = r.country AND a.peppol_id <> ''
       GROUP BY lower(a.peppol_id)""",
    """INSERT INTO einvoice_move (recipient_id, from_operator_id, to_operator_id, state,
           requested_at, requested_by, decided_by, rejected_reason, version)
       SELECT r.id, r.operator_id,
           :first_operator + (r.operator_id - :first_operator + 1) % :operators,
           'pending', :now, 'benchmark', '', '', 1
       FROM einvoice_recipient r
       WHERE r.state = 'confirmed' AND (r.for_account_id / 10) % 20 >= 18""",
)


def _seed_einvoice(url: str) -> dict[str, Any]:
    """Give the accounts a realistic e-invoice share, unless they have one already."""
    import datetime as dt

    from sqlalchemy import bindparam, func, select, text

    from custadmin.storage.migrate import open_database
    from custadmin.storage.schema import (
        Account,
        EInvoiceOperatorRow,
        EInvoiceParticipant,
        EInvoiceRecipient,
        UTCDateTime,
    )

    database = open_database(url)  # (migrates to head: the report's indexes)
    seeded = False
    try:
        with database.engine.begin() as conn:
            has = conn.execute(select(EInvoiceRecipient.id).limit(1)).first() or conn.execute(
                select(Account.id).where(Account.peppol_id != "").limit(1)).first()
            if has is None:
                operators = sorted(conn.execute(select(EInvoiceOperatorRow.id)).scalars())
                if not operators or operators != list(
                        range(operators[0], operators[0] + len(operators))):
                    raise BenchError(f"e-invoice operators not numbered 1..n: {operators}")
                now = dt.datetime.now(dt.UTC)
                values: dict[str, Any] = {
                    "yes": True, "no": False, "now": now, "first_operator": operators[0],
                    "operators": len(operators),
                    **{f"since{k}": now - dt.timedelta(days=days)
                       for k, days in enumerate((1, 30, 120, 400))}}
                began = time.perf_counter()
                for sql in _EINVOICE_SQL:
                    statement = text(sql)
                    names = [n for n in values if re.search(rf":{n}\b", sql)]
                    statement = statement.bindparams(*(
                        bindparam(n, values[n], type_=UTCDateTime)
                        if isinstance(values[n], dt.datetime) else bindparam(n, values[n])
                        for n in names))
                    conn.execute(statement)
                seeded = True
                say(f"  e-invoice share given in {time.perf_counter() - began:.1f} s")
            with_id = conn.execute(select(func.count()).select_from(Account).where(
                Account.peppol_id != "")).scalar_one()
            recipients = conn.execute(select(func.count()).select_from(
                EInvoiceRecipient)).scalar_one()
            participants = conn.execute(select(func.count()).select_from(
                EInvoiceParticipant)).scalar_one()
        if seeded and database.engine.dialect.name == "postgresql":
            # The updates left dead rows and stale statistics behind: without a
            # VACUUM the register's own queries (index-only scans) are timed
            # slower than the data make them. (SQLite keeps the statistics the
            # app itself keeps: a new ANALYZE would change its plans.)
            with database.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT") as conn:
                for table in ("account", "register_search", "einvoice_recipient",
                              "einvoice_participant", "einvoice_move"):
                    conn.exec_driver_sql(f"VACUUM (ANALYZE) {table}")
    finally:
        database.dispose()
    say(f"  e-invoice share: {with_id:,} accounts with a Peppol ID, {recipients:,} "
         f"recipients, {participants:,} participant IDs")
    return {"einvoice_peppol_accounts": with_id, "einvoice_recipients": recipients}


def _measure_einvoice_report(url: str, runs: int) -> dict[str, Any]:
    """*Invoices that cannot go as e-invoices*: counts per reason + the first page."""
    from custadmin.services.einvoice_report import report_overview
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database

    ws = Workspace(open_database(url))
    times: list[float] = []
    listed = 0
    try:
        for _ in range(runs):
            began = time.perf_counter()
            opened = report_overview(ws)  # the counts and the first page, as it opens
            times.append(_ms(time.perf_counter() - began))
            listed = opened.total
            if listed and not opened.first_page:
                raise BenchError("the e-invoice report counts accounts but lists none")
    finally:
        ws.dispose()
    say(f"  e-invoice report (counts + first page): {', '.join(f'{t:.0f}' for t in times)} "
         f"ms; {listed:,} accounts listed")
    return {"einvoice_report_ms": round(statistics.median(times), 1),
            "einvoice_report_ms_runs": times, "einvoice_report_rows": listed}


def _einvoice_child(url: str, runs: int) -> int:
    """``--_einvoice``: the e-invoice share and report, in a process of their own.

    The report is another window's work: run in the measuring process it left
    10–50 MB behind (glibc keeps freed memory in its arenas), counted in the
    register's peak. Its own peak is reported beside it.
    """
    report = {**_seed_einvoice(url), **_measure_einvoice_report(url, runs),
              "einvoice_peak_rss_mb": peak_rss_mb()}
    print(RESULT_MARKER + json.dumps(report), flush=True)
    return 0


# --- command line -------------------------------------------------------------


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time creating N customer accounts and using the register on them."
    )
    parser.add_argument("--rows", type=int, required=True, metavar="N",
                        help="number of accounts; several, comma-separated (100000,1000000), "
                        "run one after the other and print how each figure grows (--keep "
                        "may then hold {rows})")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--keep", metavar="PATH", type=Path,
                       help="SQLite file to keep (reused if it holds exactly N accounts)")
    where.add_argument("--database", metavar="URL",
                       help="database URL (PostgreSQL) to use instead of a SQLite file; "
                       "must be empty or hold exactly N accounts")
    parser.add_argument("--json", action="store_true",
                        help="print the results as one JSON object on the last line")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="open and measure the register K times; report medians")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, metavar="S",
                        help="give up waiting for a search result after S seconds")
    parser.add_argument("--search-texts", metavar="JSON", type=json.loads, default={},
                        help='search these texts instead of ones picked from the register, '
                        'e.g. \'{"contact_name": "JOHAN LÖFGREN"}\' (kinds: '
                        + ", ".join(SEARCH_KINDS) + "); to compare two runs on the same texts")
    parser.add_argument("--einvoice-only", action="store_true",
                        help="prepare the database and time only the e-invoice report "
                        "(no start-up, no register window)")
    parser.add_argument("--_create", dest="create_url", help=argparse.SUPPRESS)
    parser.add_argument("--_einvoice", dest="einvoice_url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    unknown = set(args.search_texts) - set(SEARCH_KINDS)
    if unknown:
        parser.error(f"--search-texts: no such kind: {', '.join(sorted(unknown))}")
    SEARCH_TEXTS_GIVEN.update(args.search_texts)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def _target(args: argparse.Namespace, tmp: Path) -> Target:
    from custadmin.storage.engine import display_url, normalize_url

    if args.database:
        url = normalize_url(args.database)
        backend = url.get_backend_name()
        path = Path(url.database) if backend == "sqlite" and url.database else None
        return Target(args.database, backend, display_url(url), path)
    path = (args.keep.expanduser().resolve() if args.keep else tmp / "register.sqlite3")
    return Target(str(path), "sqlite", str(path), path)


GROWTH_KEYS = ("first_paint_ms", "startup_ms", "jump_ms", "page_down_ms", "peak_rss_mb")


def _flatten(values: dict[str, Any], prefix: str = "") -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in values.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            flat[f"{prefix}{key}"] = value
    return flat


def _growth(argv: Sequence[str], sizes: list[int], keep: str | None, database: str | None,
            as_json: bool) -> int:
    """Each size in a process of its own, then how every figure grew."""
    if database and "{rows}" not in database:
        say("--database with several sizes needs {rows} in the URL, a database per size "
             "(e.g. postgresql://…/custadmin_bench_{rows}; create each empty first)")
        return EXIT_REFUSED
    reports: list[dict[str, Any]] = []
    for rows in sizes:
        command = [sys.executable, str(Path(__file__).resolve()), "--rows", str(rows), "--json",
                   *argv]
        if keep:
            command += ["--keep", keep.format(rows=rows)]
        if database:
            command += ["--database", database.replace("{rows}", str(rows))]
        say(f"=== {rows:,} accounts ===")
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
        lines = done.stdout.strip().splitlines()
        for line in lines[:-1]:
            say(line)
        if done.returncode != 0 or not lines:
            say(f"the run for {rows:,} accounts failed (exit code {done.returncode})")
            return done.returncode or EXIT_FAILED
        reports.append(json.loads(lines[-1]))
    first, last = _flatten(reports[0]), _flatten(reports[-1])
    ratio = sizes[-1] / sizes[0]
    say(f"=== growth from {sizes[0]:,} to {sizes[-1]:,} accounts (x{ratio:g}) ===")
    growth: dict[str, Any] = {}
    for key, before in first.items():
        if key not in last or key in ("rows", "repeat", "visible_rows", "jump_row") or not before:
            continue
        growth[key] = round(last[key] / before, 2)
        say(f"  {key:<40} {before:>10.1f} -> {last[key]:>10.1f}  x{growth[key]}")
    if as_json:
        print(json.dumps({"sizes": sizes, "runs": reports, "growth": growth},
                         ensure_ascii=False), flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    sizes_text = next((raw[i + 1] for i, a in enumerate(raw[:-1]) if a == "--rows"), "")
    if "," in sizes_text:
        # --rows 100000,1000000 [--keep 'PATH-{rows}.sqlite3']: one run per size.
        sizes = [int(part) for part in sizes_text.split(",")]
        rest, keep, database, skip = [], None, None, False
        for i, a in enumerate(raw):
            if skip:
                skip = False
                continue
            if a in ("--rows", "--keep", "--database"):
                skip = True
                if a == "--keep":
                    keep = raw[i + 1]
                elif a == "--database":
                    database = raw[i + 1]
                continue
            if a != "--json":
                rest.append(a)
        return _growth(rest, sizes, keep, database, "--json" in raw)
    args = _parse_args(argv)
    ensure_importable()
    from custadmin.memory import return_large_blocks, share_one_heap

    # As custadmin.app.main does for the app's process, before any thread
    # starts (the start-up measurement's readers, the process pools' threads).
    return_large_blocks()
    share_one_heap()
    if args.create_url:
        return _create_child(args.create_url, args.rows)
    if args.einvoice_url:
        return _einvoice_child(args.einvoice_url, args.repeat)

    tmp = Path(tempfile.mkdtemp(prefix="custadmin-bench-"))
    try:
        target = _target(args, tmp)
        say(f"custadmin register benchmark: {args.rows:,} accounts, {target.backend} "
             f"({target.where})")
        creation = _prepare_database(target, args.rows)
        einvoice = _run_child(["--_einvoice", target.url, "--rows", str(args.rows),
                               "--repeat", str(max(args.repeat, EINVOICE_RUNS))],
                              "the e-invoice share and report")
        if args.einvoice_only:
            report_only = {"rows": args.rows, "backend": target.backend, **creation,
                           **einvoice}
            if args.json:
                print(json.dumps(report_only, ensure_ascii=False), flush=True)
            return 0
        # A shared database asks its operator to sign in: an operator of the
        # benchmark's own, signed in through the environment (never a password
        # on the command line or in a file), as a script would.
        operator = (None if target.backend == "sqlite" else _benchmark_operator(target.url))
        startup = _measure_startup(target, max(args.repeat, 3), args.timeout, tmp, operator)
        rss_before = peak_rss_mb()
        runs = _measure(target, args.rows, args.repeat, args.timeout, tmp)
        db_size_mb = None
        if target.sqlite_path is not None and target.sqlite_path.exists():
            db_size_mb = round(target.sqlite_path.stat().st_size / 2**20, 1)
    except Refused as exc:
        print(f"register benchmark: {exc}", file=sys.stderr, flush=True)
        return EXIT_REFUSED
    except BenchError as exc:
        print(f"register benchmark: FAILED: {exc}", file=sys.stderr, flush=True)
        sys.stdout.flush()
        shutil.rmtree(tmp, ignore_errors=True)
        # A search may still be running on a worker thread, which Qt would
        # wait for at exit; the message is out, so leave at once.
        os._exit(EXIT_FAILED)
    finally:
        # The temporary SQLite file (without --keep) and the settings files.
        shutil.rmtree(tmp, ignore_errors=True)

    measured = _median_of([run.values for run in runs])
    report: dict[str, Any] = {
        "rows": args.rows,
        "backend": target.backend,
        "repeat": args.repeat,
        **creation,
        **startup,
        **einvoice,
        **measured,
        "peak_rss_mb": peak_rss_mb(),
        "rss_before_register_mb": rss_before,
    }
    if db_size_mb is not None:
        report["db_size_mb"] = db_size_mb
    if args.repeat > 1:
        report["first_paint_ms_runs"] = [run.values["first_paint_ms"] for run in runs]
    say(f"peak RSS while using the register: {report['peak_rss_mb']:.0f} MB "
         f"(before opening it: {rss_before:.0f} MB)")
    if args.keep:
        say(f"kept {target.where}")
    if args.json:
        print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The customer register as a Qt table model that never loads every row.

It holds the matching account IDs in display order (searched and sorted in
the database, off the GUI thread) and fetches the rows on screen in small
blocks by ID, keeping a bounded cache of them.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from custadmin.domain.alphabet import Alphabet
from custadmin.domain.errors import CustadminError
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.services.register_source import (
    RegisterPage,
    RegisterSource,
    SearchCancel,
    StoredRegisterRow,
)
from custadmin.ui.einvoice.texts import einvoice_labels
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: The e-invoice column follows the sortable ones (issue 16): each row's delivery state.
EINVOICE_COLUMN = len(RegisterColumn)
_COLUMN_COUNT = len(RegisterColumn) + 1
# Combined once: enum arithmetic in Python costs more than the rest of flags().
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

Row = tuple[str, ...]
#: A block holds stored rows, each formatted the first time it is shown.
Cell = Row | StoredRegisterRow
AnyIndex = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    """Rows of the register for a :class:`RegisterQuery`, answered in two steps.

    The first page and the true count come at once from the source's
    ``first_page``; every matching ID in order follows from its ``all_ids``,
    both on a worker. Rows scrolled to before that are located by position
    (``ids_at``). The source is a :class:`RegisterSource`: the database read
    through :class:`custadmin.services.register.DatabaseRegister`, or at
    start-up the quick reader that needs no SQLAlchemy.
    """

    # A screen shows ~35 rows: a jump reads one or two blocks of 50.
    BLOCK_SIZE = 50
    MAX_BLOCKS = 400  # 20,000 rows cached at most
    #: Every ID is fetched after the first paint, or after this long.
    UNPAINTED_DELAY_MS = 100
    #: The e-invoice column is read once no new rows were painted for this
    #: long. Read at once for every block painted, its worker (~8 ms of Python
    #: a block on PostgreSQL, ~80 ms the first time, when its statement is
    #: built) held the GIL while the GUI thread painted the next rows (a jump,
    #: a PageDown). A held PageDown repeats faster than this.
    STATES_PAUSE_MS = 120
    #: At most this many blocks are read after a pause: those painted last,
    #: that is, the ones on screen (a block scrolled past asks again if painted).
    STATES_BLOCKS = 4

    #: The first rows of the latest query are shown.
    page_shown = Signal()
    #: The number of matching accounts is known (with the first page, and
    #: again if the full result brings another number).
    count_changed = Signal(int)
    #: Every matching ID is known: :meth:`row_of` finds any account.
    completed = Signal()
    #: A search started (True) or its full result arrived (False).
    searching_changed = Signal(bool)
    #: A search or a row fetch failed; the text is for the operator.
    failed = Signal(str)

    def __init__(
        self, source: RegisterSource, runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        #: IDs from row 0 on: the first page, or every match once complete.
        self._ids: array[int] = array("q")
        self._count = 0
        self._complete = True
        #: The count is the database's estimate until every ID is known.
        self._estimated = False
        #: Block number -> IDs located by position while not complete.
        self._positional: dict[int, array[int]] = {}
        self._blocks: OrderedDict[int, list[Cell]] = OrderedDict()
        self._query = RegisterQuery()
        self._generation = 0
        self._loaded = False
        self._cancel: SearchCancel | None = None
        self._full_pending = 0
        self._placeholders_shown = False
        # Rows that stand in for an account's: translated once.
        self._pending_row = _note_row(self.tr("…"))
        self._deleted_row = _note_row(self.tr("(deleted)"))
        # A search that found another contact than the main one shows that
        # contact in the row, so marked; account ID -> that contact's ID.
        self._labels = _Labels(self.tr("{name} (found contact)"), einvoice_labels(),
                               self.tr("{state} — invoices held"))
        # The e-invoice column, by account ID: read on a worker once a block of
        # rows is painted, so that no row waits for it; blocks asked for.
        self._states: dict[int, tuple[str, bool]] = {}
        self._states_asked: set[int] = set()
        self._states_deferred = False
        # Blocks whose column was painted empty, most recent last: read in one
        # go once the rows have stopped changing (STATES_PAUSE_MS).
        self._states_wanted: OrderedDict[int, None] = OrderedDict()
        self._states_timer = QTimer(self)
        self._states_timer.setSingleShot(True)
        self._states_timer.setInterval(self.STATES_PAUSE_MS)
        self._states_timer.timeout.connect(self._read_states)
        self._found: dict[int, int] = {}
        self._full_timer = QTimer(self)
        self._full_timer.setSingleShot(True)
        self._full_timer.setInterval(self.UNPAINTED_DELAY_MS)
        self._full_timer.timeout.connect(self._fetch_all)
        # Looked up once: the header asks for them on every repaint.
        self._titles = column_titles(self)

    # --- the query ----------------------------------------------------------

    @property
    def query(self) -> RegisterQuery:
        return self._query

    @property
    def source(self) -> RegisterSource:
        return self._source

    def set_source(self, source: RegisterSource) -> None:
        """Read from ``source`` from now on; what is shown and cached stays (same
        data). The quick reader has no e-invoice states: they are read now."""
        self._source = source
        self.refresh_einvoice()

    def refresh_einvoice(self) -> None:
        """Read the e-invoice column again (the network changed, or the source)."""
        self._forget_states()
        if self._count:
            self.dataChanged.emit(self.index(0, EINVOICE_COLUMN),
                                  self.index(self._count - 1, EINVOICE_COLUMN),
                                  [Qt.ItemDataRole.DisplayRole])

    def _forget_states(self) -> None:
        self._states.clear()
        self._states_asked.clear()
        self._states_wanted.clear()
        self._states_timer.stop()

    @property
    def loaded(self) -> bool:
        """Whether the first rows of the latest query have arrived."""
        return self._loaded

    @property
    def complete(self) -> bool:
        """Whether every matching ID of the latest query is known."""
        return self._loaded and self._complete

    @property
    def count_estimated(self) -> bool:
        """Whether the row count is the database's estimate (every ID still to come)."""
        return self._estimated

    def set_query(self, query: RegisterQuery) -> None:
        """Search and sort in the database; a newer query abandons older ones."""
        self._query = query
        self._generation += 1
        # Read anew with the rows (a save or the network may have changed them).
        self._forget_states()
        generation = self._generation
        self._loaded = False
        if self._cancel is not None:
            # The previous search is stale: stop its query rather than let
            # it compete with this one for the two cores.
            self._cancel.cancel()
        self._cancel = None
        self.searching_changed.emit(True)
        source, block_size, label = self._source, self.BLOCK_SIZE, self._labels
        self._runner.run(
            lambda: _load_page(source, query, block_size, label),
            lambda loaded: self._apply_page(generation, *loaded),
            lambda exc: self._search_failed(generation, exc),
        )

    def set_search_text(self, text: str) -> None:
        if text != self._query.text or not self._loaded:
            self.set_query(replace(self._query, text=text))

    def set_einvoice_filter(self, state: str) -> None:
        """Only accounts in this e-invoice state (:attr:`RegisterQuery.einvoice`)."""
        if state != self._query.einvoice:
            self.set_query(replace(self._query, einvoice=state))

    def refresh(self) -> None:
        """Run the current query again (after an account was saved or created)."""
        self.set_query(self._query)

    def _apply_page(
        self, generation: int, page: RegisterPage, blocks: dict[int, list[Cell]],
        found: dict[int, int],
    ) -> None:
        if generation != self._generation:
            return  # made stale by a newer keystroke or sort
        self.beginResetModel()
        self._ids = page.ids
        self._count = page.total
        self._complete = page.exact and page.total == len(page.ids)
        self._estimated = not page.exact
        self._positional.clear()
        self._blocks.clear()
        self._blocks.update(blocks)
        self._found = found
        self._placeholders_shown = False
        self._loaded = True
        self.endResetModel()
        self.page_shown.emit()
        self.count_changed.emit(page.total)
        if self._complete:
            self._finish()
            return
        # Once a view has painted the page (view_painted), or soon without
        # one: a worker query during that paint was measured to double it.
        self._full_pending = generation
        self._full_timer.start()

    def view_painted(self) -> None:
        """A view painted rows: time to fetch every ID, if that is still to do."""
        if self._full_pending == self._generation:
            self._fetch_all()

    def _fetch_all(self) -> None:
        self._full_timer.stop()
        if self._full_pending != self._generation:
            return
        self._full_pending = 0
        generation = self._generation
        query, source, cancel = self._query, self._source, SearchCancel()
        self._cancel = cancel
        self._runner.run(
            lambda: source.all_ids(query, cancel),
            lambda ids: self._apply_all(generation, ids),
            lambda exc: self._search_failed(generation, exc),
        )

    def _apply_all(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return
        self._cancel = None
        known = len(self._ids)
        if ids[:known] == self._ids and (len(ids) == self._count or self._estimated):
            # The rows already known are where they were (and the scroll
            # position with them); rows are added or cut at the end when the
            # count was the database's estimate.
            stale = bool(self._positional) or self._placeholders_shown
            self._positional.clear()
            self._placeholders_shown = False
            if stale:
                # Rows located by position meanwhile could differ, and
                # placeholders stand for rows now known: read them again.
                self._blocks.clear()
            else:
                # The first page's rows stay cached: repainting them is not
                # a read on the GUI thread. A block cut short at the end of
                # the first page is read again whole.
                for block_no in [b for b in self._blocks if (b + 1) * self.BLOCK_SIZE > known]:
                    del self._blocks[block_no]
            if len(ids) > self._count:
                self.beginInsertRows(QModelIndex(), self._count, len(ids) - 1)
                self._ids, self._count = ids, len(ids)
                self.endInsertRows()
            elif len(ids) < self._count:
                self.beginRemoveRows(QModelIndex(), len(ids), self._count - 1)
                self._ids, self._count = ids, len(ids)
                self.endRemoveRows()
            self._ids, self._complete = ids, True
            if stale and self._count:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self._count - 1, _COLUMN_COUNT - 1),
                    [Qt.ItemDataRole.DisplayRole],
                )
            if self._estimated:
                self._estimated = False
                self.count_changed.emit(self._count)  # now exact
        else:
            # Someone added or removed accounts between the two reads.
            self.beginResetModel()
            self._ids, self._count, self._complete = ids, len(ids), True
            self._estimated = False
            self._positional.clear()
            self._blocks.clear()
            self.endResetModel()
            self.count_changed.emit(len(ids))
        self._finish()

    def _finish(self) -> None:
        self.searching_changed.emit(False)
        self.completed.emit()
        if self._states_deferred:
            # Now the e-invoice column of the rows on screen is read.
            self._states_deferred = False
            self.refresh_einvoice()

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._cancel = None
        self._loaded = True
        self.searching_changed.emit(False)
        self.failed.emit(operator_message(exc, "searching the register"))

    # --- lookups for the view ---------------------------------------------

    def _waiting_for_position(self, row: int) -> bool:
        return not self._complete and row >= len(self._ids) and bool(self._query.text.strip())

    def found_contact_id(self, row: int) -> int | None:
        """The contact a search found in ``row``'s account, when not its main contact."""
        account_id = self.account_id(row)
        return None if account_id is None else self._found.get(account_id)

    def account_id(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        if row < len(self._ids):
            return int(self._ids[row])
        if self._waiting_for_position(row):
            return None
        block = self._positional_block(row // self.BLOCK_SIZE)
        offset = row % self.BLOCK_SIZE
        return int(block[offset]) if offset < len(block) else None

    def _positional_block(self, block_no: int) -> array[int]:
        block = self._positional.get(block_no)
        if block is None:
            try:
                block = self._source.ids_at(self._query, block_no * self.BLOCK_SIZE,
                                            self.BLOCK_SIZE)
            except CustadminError as exc:
                self.failed.emit(operator_message(exc, "reading the register"))
                block = array("q")
            self._positional[block_no] = block
        return block

    def row_of(self, account_id: int) -> int | None:
        try:
            return self._ids.index(account_id)
        except ValueError:
            return None

    def invalidate_account(self, account_id: int) -> None:
        """Drop the cached row of one account so it is read again when painted."""
        row = self.row_of(account_id)
        if row is None:
            return
        self._blocks.pop(row // self.BLOCK_SIZE, None)
        self._states.pop(account_id, None)
        self._states_asked.discard(row // self.BLOCK_SIZE)
        self.dataChanged.emit(
            self.index(row, 0), self.index(row, _COLUMN_COUNT - 1), [Qt.ItemDataRole.DisplayRole]
        )

    def _row(self, row: int) -> Row:
        if self._waiting_for_position(row):
            # A search's rows past its first page come with every ID, a
            # moment later: locating them by position would cost as much as
            # the whole result (its matches sorted again for each block).
            self._placeholders_shown = True
            return self._pending_row
        block_no = row // self.BLOCK_SIZE
        block = self._blocks.get(block_no)
        if block is None:
            block = self._fetch_block(block_no)
            self._blocks[block_no] = block
            if len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        offset = row - block_no * self.BLOCK_SIZE
        if offset >= len(block):
            # Located by position in a register that shrank meanwhile.
            return self._deleted_row
        cell = block[offset]
        if isinstance(cell, StoredRegisterRow):
            cell = block[offset] = _cells(cell, self._labels)
        return cell

    def _fetch_block(self, block_no: int) -> list[Cell]:
        start = block_no * self.BLOCK_SIZE
        if (
            start + self.BLOCK_SIZE <= len(self._ids) or self._complete
            or self._query.text.strip()  # a search: the rows known so far
        ):
            ids = self._ids[start : start + self.BLOCK_SIZE]
        else:
            ids = array("q", (self.account_id(row) or 0 for row in range(
                start, min(start + self.BLOCK_SIZE, self._count))))
        try:
            fetched = {r.id: r for r in self._source.stored_rows(ids, self._query.text)}
        except CustadminError as exc:
            # A failed read shows as a row that says so; the view keeps working.
            self.failed.emit(operator_message(exc, "reading the register"))
            return [_note_row(self.tr("(could not be read)"))] * len(ids)
        self._found.update(_found_contacts(fetched.values()))
        return [fetched.get(account_id, self._deleted_row) for account_id in ids]

    def _einvoice_cell(self, row: int) -> str:
        account_id = self.account_id(row)
        if account_id is None:
            return ""
        state = self._states.get(account_id)
        if state is None:
            self._ask_states(row // self.BLOCK_SIZE)
            return ""
        label = self._labels.einvoice.get(state[0], "")
        return self._labels.held.format(state=label) if label and state[1] else label

    def _ask_states(self, block_no: int) -> None:
        if getattr(self._source, "einvoice_states", None) is None or (
                block_no in self._states_asked):
            return  # (the start-up reader has none: asked again once attached)
        if not self.complete:
            # Not while every ID is still being read: the two workers are
            # the register's first (jumps wait for that read).
            self._states_deferred = True
            return
        if block_no in self._states_wanted:
            self._states_wanted.move_to_end(block_no)
        else:
            self._states_wanted[block_no] = None
            self._states_timer.start()  # (again: other rows came on screen)

    def _read_states(self) -> None:
        """The e-invoice column of the blocks painted last, in one read on a worker."""
        reader = getattr(self._source, "einvoice_states", None)
        blocks = list(self._states_wanted)[-self.STATES_BLOCKS:]
        self._states_wanted.clear()
        if reader is None or not blocks:
            return
        self._states_asked.update(blocks)
        ranges = [range(b * self.BLOCK_SIZE, min((b + 1) * self.BLOCK_SIZE, self._count))
                  for b in blocks]
        ids = [i for rows in ranges for i in (self.account_id(r) for r in rows)
               if i is not None]
        generation = self._generation

        def read(found: dict[int, tuple[str, bool]]) -> None:
            if generation != self._generation:
                return  # another query: its rows ask for themselves
            if len(self._states) > self.MAX_BLOCKS * self.BLOCK_SIZE:
                self._states.clear()
            self._states.update(found)
            for rows in ranges:
                last = min(rows.stop, self._count) - 1
                if last >= rows.start:
                    self.dataChanged.emit(self.index(rows.start, EINVOICE_COLUMN),
                                          self.index(last, EINVOICE_COLUMN),
                                          [Qt.ItemDataRole.DisplayRole])

        def failed(exc: BaseException) -> None:
            # The column stays empty; the rows themselves are unaffected.
            self._states_asked.difference_update(blocks)
            self.failed.emit(operator_message(exc, "reading e-invoice states"))

        self._runner.run(lambda: reader(ids), read, failed)

    # --- QAbstractTableModel ----------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Qt asks ~7 roles per cell; answer the two we have and leave early.
        if role in (_DISPLAY, _TOOLTIP):
            if not index.isValid():
                return None
            row = index.row()
            if row >= self._count:
                return None
            if index.column() == EINVOICE_COLUMN:
                return self._einvoice_cell(row)
            return self._row(row)[index.column()]
        if role == _ALIGN and index.column() == RegisterColumn.CUSTOMER_NUMBER:
            return _RIGHT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < _COLUMN_COUNT:
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.prepare_sort(column, order):
            self.set_query(self._query)

    def prepare_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Set the sort order for the next query without running one."""
        if not 0 <= column < len(RegisterColumn):
            return False  # the e-invoice column is filtered by, not sorted
        self._query = replace(self._query, sort=RegisterColumn(column),
                              descending=order == Qt.SortOrder.DescendingOrder)
        return True

    @property
    def alphabet(self) -> Alphabet:
        return self._query.alphabet

    def set_alphabet(self, alphabet: Alphabet) -> None:
        """Sort names in ``alphabet`` (the operator's language) from now on."""
        if alphabet is not self._query.alphabet:
            self._query = replace(self._query, alphabet=alphabet)
            if self._loaded:
                self.set_query(self._query)


#: Blocks read and formatted with the first page: a screen of rows.
_PAGE_BLOCKS = 1


def _load_page(
    source: RegisterSource, query: RegisterQuery, block_size: int, labels: _Labels
) -> tuple[RegisterPage, dict[int, list[Cell]], dict[int, int]]:
    """The first page and its first rows, ready to paint (on the worker).

    Reading and formatting them here spares the GUI thread ~15 ms of its
    first paint of a new result.
    """
    page = source.first_page(query)
    shown = page.ids[: block_size * _PAGE_BLOCKS]
    stored = {row.id: row for row in source.stored_rows(shown, query.text)}
    blocks: dict[int, list[Cell]] = {}
    for start in range(0, len(shown), block_size):
        ids = shown[start : start + block_size]
        if (len(ids) < block_size and start + len(ids) < page.total) or any(
            i not in stored for i in ids
        ):
            break  # a block is cached whole or not at all (the GUI thread reads it)
        blocks[start // block_size] = [_cells(stored[i], labels) for i in ids]
    return page, blocks, _found_contacts(stored.values())


def _found_contacts(rows: Iterable[StoredRegisterRow]) -> dict[int, int]:
    return {r.id: r.found_contact_id for r in rows if r.found_contact_id is not None}


@dataclass(frozen=True, slots=True)
class _Labels:
    """Texts the rows are made with, translated once (and read on workers)."""

    #: A contact a search found, not the main one: "{name} (found contact)".
    found: str
    #: Each e-invoice delivery reason in a few words.
    einvoice: Mapping[str, str]
    #: "{state} — invoices held".
    held: str


def _cells(row: StoredRegisterRow, labels: _Labels) -> Row:
    """``row``'s texts; a contact a search found (not the main one) marked as such."""
    cells = row.cells()
    if row.found_contact_id is None:
        return cells
    at = RegisterColumn.MAIN_CONTACT
    return (*cells[:at], labels.found.format(name=cells[at]), *cells[at + 1:])


def _note_row(text: str) -> Row:
    """A row that says ``text`` in its first column instead of an account's values."""
    return (text,) + ("",) * (_COLUMN_COUNT - 1)


def column_titles(model: QObject) -> tuple[str, ...]:
    translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
    return (
        translate("RegisterModel", "Customer no."),
        translate("RegisterModel", "Name"),
        translate("RegisterModel", "Organisation no."),
        translate("RegisterModel", "Main contact"),
        translate("RegisterModel", "Email"),
        translate("RegisterModel", "Phone"),
        translate("RegisterModel", "City"),
        translate("RegisterModel", "E-invoice"),
    )

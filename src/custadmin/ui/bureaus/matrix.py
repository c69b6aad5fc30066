"""Matrices of a bureau: rows × columns of boxes (or answers), lazy and searchable.

One base (:class:`MatrixModel`) holds frozen row and column heads (IDs and
labels from the services, never ORM objects), filters them by what the
operator types, and hands rows to the view in batches (``fetchMore``), so a
bureau of 200 consultants × 5,000 clients opens at once. Column 0 is the
row's name, column 1 its count; the rest are the cells.

:class:`CheckMatrixModel` keeps the boxes as read (``stored``) and the
operator's unsaved ticks (``pending``) apart: saving sends each change with
the value it started from, so the service can refuse a box someone else
changed meanwhile (the conflict path). :class:`AnswerMatrixModel` shows one
computed answer per cell with its reason in the tooltip.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from custadmin.domain.alphabet import search_fold
from custadmin.services.bureaus import Change

AnyIndex = QModelIndex | QPersistentModelIndex
Key = int | str

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: Rows handed to the view at a time.
BATCH = 200
#: Column 0: the row's name; column 1: its count; cells from here.
FIRST_CELL = 2


@dataclass(frozen=True, slots=True)
class Head:
    """A row or a column: its key, its label, a tooltip and what it is searched by."""

    key: Key
    label: str
    tooltip: str = ""
    search: str = ""
    #: A remark shown with the label ("login disabled"): on a line of its own in a
    #: column's header, after a dash in a row's name.
    note: str = ""

    def matches(self, folded: str) -> bool:
        return not folded or folded in search_fold(f"{self.label} {self.search}")


class MatrixModel(QAbstractTableModel):
    """Rows × columns, each filtered by a typed text, rows fetched in batches."""

    def __init__(self, corner: str, count_title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._corner = corner
        self._count_title = count_title
        self.rows: tuple[Head, ...] = ()
        self.columns: tuple[Head, ...] = ()
        #: The rows and columns the filters let through; rows fetched so far.
        self._shown_rows: list[Head] = []
        self._shown_columns: list[Head] = []
        self._fetched = 0
        self._row_filter = ""
        self._column_filter = ""

    # --- contents ------------------------------------------------------------------------

    def set_heads(self, rows: Sequence[Head], columns: Sequence[Head]) -> None:
        self.beginResetModel()
        self.rows, self.columns = tuple(rows), tuple(columns)
        self._apply_filters()
        self.endResetModel()

    def set_filters(self, rows: str, columns: str) -> None:
        """Show the rows and columns whose label (or search text) contains what is typed."""
        self.beginResetModel()
        self._row_filter, self._column_filter = search_fold(rows), search_fold(columns)
        self._apply_filters()
        self.endResetModel()

    def _apply_filters(self) -> None:
        self._shown_rows = [r for r in self.rows if r.matches(self._row_filter)]
        self._shown_columns = [c for c in self.columns if c.matches(self._column_filter)]
        self._fetched = min(BATCH, len(self._shown_rows))

    @property
    def shown_rows(self) -> int:
        """Rows the filter lets through (fetched or not)."""
        return len(self._shown_rows)

    @property
    def shown_columns(self) -> int:
        return len(self._shown_columns)

    def row_head(self, row: int) -> Head:
        return self._shown_rows[row]

    def column_head(self, column: int) -> Head:
        return self._shown_columns[column - FIRST_CELL]

    def index_of(self, row_key: Key, column_key: Key) -> QModelIndex:
        """The cell of ``row_key`` × ``column_key``, fetching rows up to it; invalid if
        a filter hides it."""
        for r, head in enumerate(self._shown_rows):
            if head.key == row_key:
                while self._fetched <= r and self.canFetchMore():
                    self.fetchMore()
                for c, column in enumerate(self._shown_columns):
                    if column.key == column_key:
                        return self.index(r, c + FIRST_CELL)
        return QModelIndex()

    # --- the model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_CELL + len(self._shown_columns)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < len(self._shown_rows)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(BATCH, len(self._shown_rows) - self._fetched)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
        self._fetched += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or section < 0 \
                or section >= self.columnCount():
            return None
        if section == 0:
            return self._corner if role == _DISPLAY else None
        if section == 1:
            return self._count_title if role == _DISPLAY else None
        head = self.column_head(section)
        if role == _DISPLAY:
            note = f"\n{head.note}" if head.note else ""
            return f"{head.label}{note}\n({self.column_count(head.key)})"
        if role == _TOOLTIP:
            return head.tooltip or head.label
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= self._fetched:
            return None
        head = self._shown_rows[index.row()]
        if index.column() == 0:
            if role == _DISPLAY:
                return f"{head.label} — {head.note}" if head.note else head.label
            return (head.tooltip or None) if role == _TOOLTIP else None
        if index.column() == 1:
            if role == _DISPLAY:
                return str(self.row_count(head.key))
            return _RIGHT if role == _ALIGN else None
        return self.cell(head, self.column_head(index.column()), role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- what a subclass says ------------------------------------------------------------------

    def cell(self, row: Head, column: Head, role: int) -> Any:
        raise NotImplementedError

    def row_count(self, key: Key) -> int:
        raise NotImplementedError

    def column_count(self, key: Key) -> int:
        raise NotImplementedError


class CheckMatrixModel(MatrixModel):
    """Boxes: ticked as stored, or as the operator ticked them since (unsaved)."""

    #: The unsaved changes changed (their number).
    edited = Signal(int)

    def __init__(self, corner: str, count_title: str,
                 refusal: Callable[[Head, Head], str | None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(corner, count_title, parent)
        #: Why a box may not be ticked (a tooltip), None if it may. Unticking is
        #: always allowed: withdrawing is never refused.
        self._refusal = refusal or (lambda _r, _c: None)
        self.stored: frozenset[tuple[Key, Key]] = frozenset()
        self.pending: dict[tuple[Key, Key], bool] = {}
        self._rows_ticked: Counter[Key] = Counter()
        self._columns_ticked: Counter[Key] = Counter()

    def load(self, rows: Sequence[Head], columns: Sequence[Head],
             stored: frozenset[tuple[Key, Key]] | set[tuple[Key, Key]],
             refusal: Callable[[Head, Head], str | None] | None = None) -> None:
        """New contents as read.

        The operator's unsaved ticks survive a reading (another window's save
        reads every open matrix again): a tick stays while its row and column
        are still there and the box is still stored as it was when ticked. A
        box now stored as the operator wanted needs no saving, so its tick goes.
        """
        if refusal is not None:
            self._refusal = refusal
        self.stored = frozenset(stored)
        row_keys, column_keys = {r.key for r in rows}, {c.key for c in columns}
        before = len(self.pending)
        self.pending = {key: wanted for key, wanted in self.pending.items()
                        if key[0] in row_keys and key[1] in column_keys
                        and (key in self.stored) != wanted}
        self._recount()
        self.set_heads(rows, columns)
        if len(self.pending) != before:
            self.edited.emit(len(self.pending))

    def _recount(self) -> None:
        self._rows_ticked, self._columns_ticked = Counter(), Counter()
        for row, column in self.stored:
            if self.pending.get((row, column), True):
                self._rows_ticked[row] += 1
                self._columns_ticked[column] += 1
        for (row, column), wanted in self.pending.items():
            if wanted:
                self._rows_ticked[row] += 1
                self._columns_ticked[column] += 1

    def ticked(self, row: Key, column: Key) -> bool:
        return self.pending.get((row, column), (row, column) in self.stored)

    def row_count(self, key: Key) -> int:
        return self._rows_ticked[key]

    def column_count(self, key: Key) -> int:
        return self._columns_ticked[key]

    def cell(self, row: Head, column: Head, role: int) -> Any:
        key = (row.key, column.key)
        if role == _CHECK:
            return (Qt.CheckState.Checked if self.ticked(*key)
                    else Qt.CheckState.Unchecked).value
        if role == _TOOLTIP:
            why = None if self.ticked(*key) else self._refusal(row, column)
            return why or f"{row.label} × {column.label}"
        if role == _BACKGROUND and key in self.pending:
            return QBrush(QColor("#fff4ce"))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or index.column() < FIRST_CELL:
            return flags
        row, column = self.row_head(index.row()), self.column_head(index.column())
        if not self.ticked(row.key, column.key) and self._refusal(row, column):
            return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index: AnyIndex, value: Any, role: int = _CHECK) -> bool:
        if role != _CHECK or not index.isValid() or index.column() < FIRST_CELL \
                or index.row() >= self.rowCount():
            return False
        row, column = self.row_head(index.row()), self.column_head(index.column())
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        if wanted and not self.ticked(row.key, column.key) and self._refusal(row, column):
            return False
        self.set_ticked(row.key, column.key, wanted)
        return True

    def set_ticked(self, row: Key, column: Key, wanted: bool) -> None:
        """Tick or untick a box (kept as an unsaved change); counts follow."""
        key = (row, column)
        before = self.ticked(row, column)
        if before == wanted:
            return
        if wanted == (key in self.stored):
            del self.pending[key]
        else:
            self.pending[key] = wanted
        step = 1 if wanted else -1
        self._rows_ticked[row] += step
        self._columns_ticked[column] += step
        index = self.index_of(row, column)
        if index.isValid():
            self.dataChanged.emit(index, index, [_CHECK, _BACKGROUND, _TOOLTIP])
            self.dataChanged.emit(self.index(index.row(), 1), self.index(index.row(), 1),
                                  [_DISPLAY])
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, index.column(),
                                        index.column())
        self.edited.emit(len(self.pending))

    def changes(self) -> list[Change]:
        """The unsaved ticks, each with what it was when read."""
        return [Change(int(row), column, granted, (row, column) in self.stored)
                for (row, column), granted in self.pending.items()]

    def accept(self, saved: Sequence[Change]) -> None:
        """``saved`` is what is stored now; ticks made since it was sent stay unsaved."""
        stored = set(self.stored)
        for change in saved:
            key = (change.row, change.column)
            (stored.add if change.granted else stored.discard)(key)
            if self.pending.get(key) == change.granted:
                del self.pending[key]
        self.stored = frozenset(stored)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.edited.emit(len(self.pending))

    def revert(self) -> None:
        """Drop the unsaved ticks."""
        self.beginResetModel()
        self.pending = {}
        self._recount()
        self.endResetModel()
        self.edited.emit(0)


@dataclass(frozen=True, slots=True)
class Answer:
    """One cell of an answer matrix: short text, colour, the full reason."""

    text: str
    tooltip: str
    ok: bool


class AnswerMatrixModel(MatrixModel):
    """Read-only: each cell one computed answer, asked only when the view paints it."""

    def __init__(self, corner: str, count_title: str, parent: QObject | None = None) -> None:
        super().__init__(corner, count_title, parent)
        self._answer: Callable[[Head, Head], Answer] = lambda _r, _c: Answer("", "", False)
        self._row_ok: dict[Key, int] = {}
        self._column_ok: dict[Key, int] = {}

    def load(self, rows: Sequence[Head], columns: Sequence[Head],
             answer: Callable[[Head, Head], Answer],
             row_ok: dict[Key, int], column_ok: dict[Key, int]) -> None:
        self._answer, self._row_ok, self._column_ok = answer, row_ok, column_ok
        self.set_heads(rows, columns)

    def row_count(self, key: Key) -> int:
        return self._row_ok.get(key, 0)

    def column_count(self, key: Key) -> int:
        return self._column_ok.get(key, 0)

    def answer(self, row: Head, column: Head) -> Answer:
        return self._answer(row, column)

    def cell(self, row: Head, column: Head, role: int) -> Any:
        if role not in (_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGN):
            return None
        if role == _ALIGN:
            return _CENTRE
        answer = self._answer(row, column)
        if role == _DISPLAY:
            return answer.text
        if role == _TOOLTIP:
            return answer.tooltip
        return QBrush(QColor("#1b6e20" if answer.ok else "#b3261e"))

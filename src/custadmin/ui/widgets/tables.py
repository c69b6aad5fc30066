"""Read-only lists of frozen rows: one model base and one way to set up their views.

A feature's list holds frozen rows from its service (never ORM objects) and
says how one row reads, column by column (:meth:`RowsModel.cells`); counting,
headers and resetting are the same for all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """``rows`` under ``titles``; a subclass says how a row reads (:meth:`cells`)."""

    #: Columns whose text is aligned right (numbers).
    right_aligned: frozenset[int] = frozenset()

    def __init__(self, titles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._titles = tuple(titles)

    def cells(self, row: Row) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _ALIGN and index.column() in self.right_aligned:
            return _RIGHT
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        return self.cells(self.rows[index.row()])[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None


def list_table(table: QTableView, name: str, widths: Sequence[int]) -> QTableView:
    """A list one row is chosen from: whole rows, no grid of row numbers, Tab leaves
    it (arrows move within), the last column stretching, columns ``widths`` wide."""
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setAccessibleName(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table

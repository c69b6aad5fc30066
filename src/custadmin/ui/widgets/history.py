"""Audit-trail lines in a table: shared by the account's *History* tab and the
administrators' audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from custadmin.domain.audit import ACTION_LABELS
from custadmin.ui.widgets.when import local_time

if TYPE_CHECKING:
    from custadmin.domain.audit import HistoryLine

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Frozen history lines, newest first; ``set_filter`` narrows them by field and operator."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[HistoryLine] = []
        self._shown: list[HistoryLine] = []
        self._field = ""
        self._operator = ""
        self._titles = (self.tr("When"), self.tr("Operator"), self.tr("For caller"),
                        self.tr("What"), self.tr("Change"))

    def set_lines(self, lines: list[HistoryLine]) -> None:
        self.beginResetModel()
        self._all = lines
        self._apply()
        self.endResetModel()

    def set_filter(self, field: str = "", operator: str = "") -> None:
        self.beginResetModel()
        self._field, self._operator = field, operator
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._shown = [line for line in self._all
                       if (not self._field or line.field == self._field)
                       and (not self._operator or line.operator == self._operator)]

    def fields(self) -> list[str]:
        return sorted({line.field for line in self._all if line.field})

    def operators(self) -> list[str]:
        return sorted({line.operator for line in self._all})

    def line(self, row: int) -> HistoryLine:
        return self._shown[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def _change(self, line: HistoryLine) -> str:
        what = self.tr(ACTION_LABELS.get(line.action, line.action))
        if line.action != "update":
            return what
        if line.column == "password_hash":
            return self.tr("Password changed")
        return self.tr("{field}: {before} → {after}").format(
            field=line.field, before=line.before or self.tr("(empty)"),
            after=line.after or self.tr("(empty)"))

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TOOLTIP) or not index.isValid():
            return None
        line = self._shown[index.row()]
        column = index.column()
        if role == _TOOLTIP:
            return line.sentence()
        if column == 0:
            # Stored in UTC; shown in the operator's time, saying which.
            return local_time(line.at)
        if column == 1:
            return line.operator
        if column == 2:
            if not line.caller:
                return ""
            return (self.tr("{caller} (verified by {how})").format(
                caller=line.caller, how=line.verified_by) if line.verified_by else line.caller)
        if column == 3:
            return line.what
        return self._change(line)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None


def history_table(model: HistoryModel, widths: tuple[int, ...], parent: QWidget) -> QTableView:
    """A table of history lines: whole rows selected, fixed row height, the change stretched."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table

"""The *History* tab: an account's audit trail as a timeline, filterable by field and operator."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.audit import ACTION_LABELS
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.page import operator_message

if TYPE_CHECKING:
    from custadmin.domain.audit import HistoryLine
    from custadmin.storage.database import Database

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
        tr = self.tr
        self._titles = (tr("When (UTC)"), tr("Operator"), tr("For caller"), tr("What"),
                        tr("Change"))

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
            return line.at.strftime("%Y-%m-%d %H:%M:%S")
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


class HistoryPage(QWidget):
    """The timeline of one account (its contacts, portal access and rights included)."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self._account_id: int | None = None
        self._generation = 0
        self.model = HistoryModel(self)
        self.field = QComboBox(self)
        self.field.setAccessibleName(self.tr("Show changes of field"))
        self.operator = QComboBox(self)
        self.operator.setAccessibleName(self.tr("Show changes by operator"))
        self.status = QLabel(self)
        self.table = history_table(self.model, (145, 85, 130, 150), self)
        filters = QHBoxLayout()
        field_label = QLabel(self.tr("&Field:"), self)
        field_label.setBuddy(self.field)
        operator_label = QLabel(self.tr("&Operator:"), self)
        operator_label.setBuddy(self.operator)
        filters.addWidget(field_label)
        filters.addWidget(self.field, 1)
        filters.addWidget(operator_label)
        filters.addWidget(self.operator, 1)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.field.currentIndexChanged.connect(lambda _i: self._filter())
        self.operator.currentIndexChanged.connect(lambda _i: self._filter())

    def use_database(self, db: Database) -> None:
        self._db = db

    def show_account(self, account_id: int) -> None:
        """Read the account's history (on a worker) and show it."""
        from custadmin.services.audit_trail import account_history

        self._account_id = account_id
        self._generation += 1
        generation, db = self._generation, self._db
        self.status.setText(self.tr("Reading…"))
        self._runner.run(lambda: account_history(db, account_id),
                         lambda lines: self._loaded(generation, lines),
                         lambda exc: self._failed(generation, exc))

    def refresh(self) -> None:
        if self._account_id is not None:
            self.show_account(self._account_id)

    def _loaded(self, generation: int, lines: list[HistoryLine]) -> None:
        if generation != self._generation:
            return
        field, operator = self.field.currentData(), self.operator.currentData()
        self.model.set_lines(lines)
        for combo, values, keep, everything in (
                (self.field, self.model.fields(), field, self.tr("Every field")),
                (self.operator, self.model.operators(), operator, self.tr("Every operator"))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(keep or "")))
            combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        self.model.set_filter(self.field.currentData() or "", self.operator.currentData() or "")
        shown = self.model.rowCount()
        self.status.setText(self.tr("No changes recorded") if shown == 0 else
                            self.tr("{n} changes").format(n=shown))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(operator_message(exc, "reading the history"))

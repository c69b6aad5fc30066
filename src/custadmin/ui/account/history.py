"""The *History* tab: an account's audit trail as a timeline, filterable by field and operator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from custadmin.ui.tasks import Latest, TaskRunner
from custadmin.ui.widgets.history import HistoryModel, history_table
from custadmin.ui.widgets.messages import operator_message

if TYPE_CHECKING:
    from custadmin.domain.audit import HistoryLine
    from custadmin.services.workspace import Workspace

class HistoryPage(QWidget):
    """The timeline of one account (its contacts, portal access and rights included)."""

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._account_id: int | None = None
        self._readings = Latest(runner)
        self.model = HistoryModel(self)
        self.field = QComboBox(self)
        self.field.setAccessibleName(self.tr("Show changes of field"))
        self.operator = QComboBox(self)
        self.operator.setAccessibleName(self.tr("Show changes by operator"))
        self.status = QLabel(self)
        self.table = history_table(self.model, (180, 85, 130, 150), self)
        filters = QHBoxLayout()
        field_label = QLabel(self.tr("F&ield:"), self)
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

    def use_workspace(self, ws: Workspace) -> None:
        self._ws = ws

    def show_account(self, account_id: int) -> None:
        """Read the account's history (on a worker) and show it."""
        from custadmin.services.audit_trail import account_history

        self._account_id = account_id
        ws = self._ws
        self.status.setText(self.tr("Reading…"))
        self._readings.run(lambda: account_history(ws, account_id), self._loaded, self._failed)

    def refresh(self) -> None:
        if self._account_id is not None:
            self.show_account(self._account_id)

    def _loaded(self, lines: list[HistoryLine]) -> None:
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
                            self.tr("%Ln changes", "", shown))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(operator_message(exc, "reading the history"))

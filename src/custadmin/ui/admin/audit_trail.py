"""The whole audit trail for administrators: search it, export it to CSV."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custadmin.ui.actions import Host
from custadmin.ui.tasks import Latest, TaskRunner
from custadmin.ui.widgets.history import HistoryModel, history_table
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.prompts import ErrorMessage

if TYPE_CHECKING:
    from custadmin.domain.audit import HistoryLine
    from custadmin.services.workspace import Workspace

SEARCH_DELAY_MS = 250


class AuditTrailDialog(QDialog):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner = ws, runner
        self._searches = Latest(runner)
        self._lines: list[HistoryLine] = []
        self.setWindowTitle(self.tr("Audit trail"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr(
            "Find: operator, caller, what was changed, or a value"))
        self.search.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.model = HistoryModel(self)
        self.table = history_table(self.model, (185, 120, 200, 170), self)
        self.export_button = QPushButton(self.tr("&Export to CSV…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1000, 600)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.export_button.clicked.connect(self._export)
        self.refresh()

    @classmethod
    def open_for(cls, host: Host) -> AuditTrailDialog:
        """Tools → Audit trail… (a handler of :mod:`custadmin.ui.actions`)."""
        dialog = cls(host.workspace, host.runner, host.frame)
        dialog.show()
        return dialog

    def refresh(self) -> None:
        from custadmin.services.audit_trail import search_audit

        self._debounce.stop()  # this search replaces one still waiting for the pause
        ws, text = self._ws, self.search.text()
        self.status.setText(self.tr("Searching…"))
        self._searches.run(lambda: search_audit(ws, text), self._found, self._failed)

    def _found(self, lines: list[HistoryLine]) -> None:
        from custadmin.services.audit_trail import SEARCH_LIMIT

        self._lines = lines
        self.model.set_lines(lines)
        self.export_button.setEnabled(bool(lines))
        self.status.setText(
            self.tr("No entries") if not lines else
            self.tr("The newest %Ln entries", "", len(lines)) if len(lines) >= SEARCH_LIMIT
            else self.tr("%Ln entries", "", len(lines)))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(operator_message(exc, "searching the audit trail"))

    def _export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit-trail.csv",
            self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        from custadmin.services.audit_trail import export_audit

        lines = list(self._lines)
        self._runner.run(lambda: export_audit(lines, path),
                         lambda n: self.status.setText(
                             self.tr("%Ln entries exported", "", n)),
                         lambda exc: ErrorMessage.show(self, self.tr("Not exported"),
                                                       operator_message(exc, "exporting")))

"""Tools → Program catalogue… : the programs a client's administrator grants (R21).

Administrators add programs and rename them; a code, once given, stays (it
is what the permissions refer to).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import ValidationError
from custadmin.domain.operators import Permission
from custadmin.services.bureaus import ProgramInfo
from custadmin.services.workspace import Workspace
from custadmin.ui.actions import Host
from custadmin.ui.bureaus.texts import bureau_changes
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.fields import ERROR_STYLE
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.page import forbidden, no_default_button
from custadmin.ui.widgets.tables import RowsModel, list_table


class ProgramsModel(RowsModel[ProgramInfo]):
    def cells(self, row: ProgramInfo) -> tuple[str, ...]:
        return (row.key, row.name)


class ProgramCatalogueDialog(QDialog):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self.setWindowTitle(self.tr("Program catalogue"))
        self.resize(560, 420)
        refusal = forbidden(ws, Permission.PORTAL_SETTINGS)
        self.model = ProgramsModel([self.tr("Code"), self.tr("Name")], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        list_table(self.table, self.tr("Programs"), (160,))
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._chosen())
        self.key = QLineEdit(self)
        self.key.setMaxLength(40)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.key_error = QLabel(self)
        self.name_error = QLabel(self)
        for label in (self.key_error, self.name_error):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        key_label = QLabel(self.tr("&Code:"), self)
        key_label.setBuddy(self.key)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        form = QFormLayout()
        form.addRow(key_label, self.key)
        form.addRow("", self.key_error)
        form.addRow(name_label, self.name)
        form.addRow("", self.name_error)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        for button in (self.add_button, self.rename_button):
            button.setEnabled(refusal is None)
            button.setToolTip(refusal or "")
        self.add_button.clicked.connect(lambda: self.save(new=True))
        self.rename_button.clicked.connect(lambda: self.save(new=False))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        no_default_button(self)
        self.refresh()

    @classmethod
    def open_for(cls, host: Host) -> ProgramCatalogueDialog:
        dialog = cls(host.workspace, host.runner, host.frame)
        dialog.show()
        return dialog

    def refresh(self) -> None:
        from custadmin.services.bureaus import programs

        ws = self._ws
        self._runner.run(lambda: programs(ws), self.model.set_rows, self._failed)

    def _chosen(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            program = self.model.rows[index.row()]
            self.key.setText(program.key)
            self.name.setText(program.name)

    def save(self, new: bool) -> None:
        from custadmin.services.bureaus import save_program

        ws, key, name = self._ws, self.key.text(), self.name.text()
        self.key_error.clear()
        self.name_error.clear()

        def done(catalogue: tuple[ProgramInfo, ...]) -> None:
            self.model.set_rows(catalogue)
            self.status.setText(self.tr("Saved."))
            bureau_changes().changed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.key_error.setText(message_text(exc.errors.get("key", "")))
                self.name_error.setText(message_text(exc.errors.get("name", "")))
                (self.key if "key" in exc.errors else self.name).setFocus()
            else:
                self._failed(exc)

        self._runner.run(lambda: save_program(ws, key, name, new), done, failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(operator_message(exc, "the program catalogue"))

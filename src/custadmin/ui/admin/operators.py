"""Operators and their roles (administrators): add one, change a role, disable one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import ConflictError
from custadmin.domain.operators import OperatorRole
from custadmin.ui.actions import Host
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.operator_texts import role_title
from custadmin.ui.widgets.tables import RowsModel

if TYPE_CHECKING:
    from custadmin.services.operators import OperatorInfo
    from custadmin.services.workspace import Workspace


class OperatorsModel(RowsModel["OperatorInfo"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Operator name"), self.tr("Name"), self.tr("Role"),
                          self.tr("Signs in with"), self.tr("State")), parent)

    def cells(self, row: OperatorInfo) -> tuple[str, ...]:
        return (row.name, row.display_name, role_title(row.role),
                self.tr("password") if row.has_password else self.tr("this computer's login"),
                self.tr("active") if row.enabled else self.tr("disabled"))


def _role_box(parent: QWidget, current: OperatorRole = OperatorRole.SUPPORT_AGENT) -> QComboBox:
    box = QComboBox(parent)
    for role in OperatorRole:
        box.addItem(role_title(role), role)
    box.setCurrentIndex(box.findData(current))
    return box


class NewOperatorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an operator"))
        self.name = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = _role_box(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("for a shared database; empty: none"))
        form = QFormLayout()
        form.addRow(self.tr("&Operator name:"), self.name)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class OperatorsDialog(QDialog):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner = ws, runner
        self.setWindowTitle(self.tr("Operators"))
        self.model = OperatorsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.role = _role_box(self)
        self.set_role_button = QPushButton(self.tr("&Set role"), self)
        self.enable_button = QPushButton(self.tr("&Disable"), self)
        self.add_button = QPushButton(self.tr("&Add operator…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Selected operator:"), self))
        row.addWidget(self.role)
        row.addWidget(self.set_role_button)
        row.addWidget(self.enable_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(720, 400)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.set_role_button.clicked.connect(lambda: self._change(enable=None))
        self.enable_button.clicked.connect(lambda: self._change(enable=True))
        self.add_button.clicked.connect(self._add)
        self.refresh()

    @classmethod
    def open_for(cls, host: Host) -> OperatorsDialog:
        """Tools → Operators… (a handler of :mod:`custadmin.ui.actions`)."""
        dialog = cls(host.workspace, host.runner, host.frame)
        dialog.show()
        return dialog

    def current(self) -> OperatorInfo | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _selected(self) -> None:
        info = self.current()
        for widget in (self.role, self.set_role_button, self.enable_button):
            widget.setEnabled(info is not None)
        if info is not None:
            self.role.setCurrentIndex(self.role.findData(info.role))
            self.enable_button.setText(self.tr("&Disable") if info.enabled
                                       else self.tr("&Enable"))

    def refresh(self, select: int | None = None) -> None:
        from custadmin.services.operators import list_operators

        ws = self._ws

        def shown(rows: list[OperatorInfo]) -> None:
            self.model.set_rows(rows)
            ids = [r.id for r in rows]
            if select in ids:
                self.table.selectRow(ids.index(select))
            self._selected()

        self._runner.run(lambda: list_operators(ws), shown, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(operator_message(exc, "managing operators"))
        if isinstance(exc, ConflictError):
            # Someone else changed the operator: show it as stored now, the
            # message staying, so the choice is made again on what is true.
            current_id = getattr(exc.current, "id", None)
            self.refresh(current_id if isinstance(current_id, int) else None)

    def _change(self, enable: bool | None) -> None:
        from custadmin.services.operators import set_operator_role

        info = self.current()
        if info is None:
            return
        role = OperatorRole(self.role.currentData()) if enable is None else info.role
        enabled = info.enabled if enable is None else not info.enabled
        ws = self._ws
        self.status.setText("")
        self._runner.run(lambda: set_operator_role(ws, info.token, role, enabled),
                         lambda changed: self.refresh(changed.id), self._failed)

    def _add(self) -> None:
        from custadmin.services.operators import create_operator

        dialog = NewOperatorDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ws = self._ws
        name, display = dialog.name.text(), dialog.display_name.text()
        role = OperatorRole(dialog.role.currentData())
        password = dialog.password.text() or None
        dialog.password.clear()
        self._runner.run(lambda: create_operator(ws, name, display, role, password),
                         lambda info: self.refresh(info.id), self._failed)

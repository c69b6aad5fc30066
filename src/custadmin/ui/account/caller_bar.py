"""On whose behalf an agent works: the caller noted above the account's tabs.

The caller (name, and how they were verified) is stored with the audit
entries of what is saved while it is noted, so the trail reads "Anna for
Per Svensson, verified by customer number and email, changed …". Opening
another account clears it: another account, another call.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import FieldError
from custadmin.domain.operators import Caller
from custadmin.ui.widgets.messages import message_text


class CallerDialog(QDialog):
    def __init__(self, current: Caller | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Working for a caller"))
        self.name = QLineEdit(current.name if current else "", self)
        self.name.setPlaceholderText(self.tr("the person on the phone"))
        self.verified = QComboBox(self)
        self.verified.setEditable(True)
        self.verified.addItems([
            self.tr("customer number and email address"),
            self.tr("customer number and phone number"),
            self.tr("signed in to the customer portal"),
            self.tr("call back to the number on file"),
        ])
        self.verified.setCurrentText(current.verified_by if current else "")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Caller's &name:"), self.name)
        form.addRow(self.tr("&Verified by:"), self.verified)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def caller(self) -> Caller:
        """The caller as typed (trimmed); :class:`FieldError` if the text policy refuses it."""
        return Caller(self.name.text(), self.verified.currentText())

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Type the caller's name."))
            self.error.setVisible(True)
            self.name.setFocus()
            return
        try:
            self.caller()
        except FieldError as exc:
            # What was typed stays, for the operator to mend.
            self.error.setText(message_text(exc.message))
            self.error.setVisible(True)
            (self.name if exc.field == "caller_name" else self.verified).setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, current: Caller | None, parent: QWidget | None = None) -> Caller | None:
        dialog = cls(current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.caller()


class CallerBar(QWidget):
    #: The caller changed (Caller, or None when cleared).
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caller: Caller | None = None
        self.label = QLabel(self)
        self.note_button = QPushButton(self.tr("&Note caller…"), self)
        self.note_button.setToolTip(self.tr(
            "Who you are working for, and how you verified them: stored with every change "
            "you save for this account"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.note_button)
        layout.addWidget(self.clear_button)
        self.note_button.clicked.connect(self._note)
        self.clear_button.clicked.connect(self.clear)
        self._show()

    @property
    def caller(self) -> Caller | None:
        return self._caller

    def set_caller(self, caller: Caller | None) -> None:
        if caller == self._caller:
            return
        self._caller = caller
        self._show()
        self.changed.emit(caller)

    def clear(self) -> None:
        self.set_caller(None)

    def _note(self) -> None:
        caller = CallerDialog.ask(self._caller, self)
        if caller is not None:
            self.set_caller(caller)

    def _show(self) -> None:
        caller = self._caller
        if caller is None:
            self.label.setText(self.tr("No caller noted"))
            self.label.setStyleSheet("color: palette(mid);")
        elif caller.verified_by:
            self.label.setText(self.tr("Working for {name}, verified by {how}").format(
                name=caller.name, how=caller.verified_by))
            self.label.setStyleSheet("font-weight: bold;")
        else:
            self.label.setText(self.tr("Working for {name} (not verified)").format(
                name=caller.name))
            self.label.setStyleSheet("font-weight: bold; color: #b3261e;")
        self.clear_button.setEnabled(caller is not None)

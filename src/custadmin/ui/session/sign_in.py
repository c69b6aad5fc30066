"""Signing in to a shared database as an operator (or creating its first administrator).

The password is checked on a worker (argon2id takes ~0.16 s); a refusal
keeps the operator name and says so under the fields. *Remember me* keeps a
token in the OS keyring, never in a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import CustadminError
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message

if TYPE_CHECKING:
    from custadmin.domain.operators import Actor
    from custadmin.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class SignedIn:
    actor: Actor
    remember: bool


class SignInDialog(QDialog):
    """Operator name and password; in ``first`` mode also a full name and the password again."""

    def __init__(self, ws: Workspace, location: str, runner: TaskRunner, *, first: bool,
                 may_remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._runner, self._first = ws, runner, first
        self.result_: SignedIn | None = None
        self.setWindowTitle(self.tr("Create the first administrator") if first
                            else self.tr("Sign in to custadmin"))
        intro = QLabel(self)
        intro.setWordWrap(True)
        if first:
            intro.setText(self.tr(
                "{location} has no operators yet. Create the first one: an administrator, "
                "who can then add the others.").format(location=location))
        else:
            intro.setText(self.tr("Sign in with your operator name to\n{location}").format(
                location=location))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Operator name"))
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("as the audit trail shows it"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember me on this computer"), self)
        self.remember.setEnabled(may_remember and not first)
        self.remember.setToolTip(
            self.tr("Keeps a sign-in token in the system keyring (never in a file) for 30 days.")
            if may_remember else
            self.tr("No system keyring is available on this computer: you sign in every "
                    "session."))
        form = QFormLayout()
        form.addRow(self.tr("&Operator name:"), self.name)
        if first:
            form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.password)
        if first:
            form.addRow(self.tr("Password &again:"), self.repeat)
        # Only the first administrator's form shows them.
        self.display_name.setVisible(first)
        self.repeat.setVisible(first)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create and sign in") if first else self.tr("Sign in"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if not name:
            self.show_error(self.tr("Type your operator name."))
            self.name.setFocus()
            return
        if not password:
            self.show_error(self.tr("Type your password."))
            self.password.setFocus()
            return
        if self._first and password != self.repeat.text():
            self.show_error(self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        from custadmin.services.operators import create_first_administrator, sign_in

        ws, first, display = self._ws, self._first, self.display_name.text()
        work: Callable[[], Any] = (
            (lambda: create_first_administrator(ws, name, display, password)) if first
            else (lambda: sign_in(ws, name, password)))
        self._busy(True)
        self._runner.run(work, self._signed_in, self._refused)

    def _busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
        self.ok.setText(self.tr("Checking…") if busy else (
            self.tr("Create and sign in") if self._first else self.tr("Sign in")))

    def _signed_in(self, actor: Actor) -> None:
        self._busy(False)
        self.password.clear()
        self.repeat.clear()
        self.result_ = SignedIn(actor, self.remember.isChecked())
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()
        if isinstance(exc, CustadminError):
            self.show_error(operator_message(exc, "signing in"))
        else:
            self.show_error(self.tr("Signing in failed; see the log for details."))

    @classmethod
    def ask(cls, ws: Workspace, location: str, runner: TaskRunner, *, first: bool,
            may_remember: bool) -> SignedIn | None:
        dialog = cls(ws, location, runner, first=first, may_remember=may_remember)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_

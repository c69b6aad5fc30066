"""Asks for a database password once per session, optionally into the keyring."""

from __future__ import annotations

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

from custadmin.services.workspace import PasswordAnswer


class DatabasePasswordDialog(QDialog):
    def __init__(
        self, where: str, may_remember: bool, failed: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database password"))
        intro = QLabel(self.tr("custadmin needs the password for\n{where}").format(where=where),
                       self)
        self.error = QLabel(self.tr("That password was refused. Try again."), self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(failed)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember it in the system keyring"), self)
        self.remember.setEnabled(may_remember)
        if not may_remember:
            self.remember.setToolTip(self.tr(
                "No system keyring is available on this computer, so the password will be "
                "asked for every session. It is never written to a file."))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, where: str, may_remember: bool, failed: bool) -> PasswordAnswer | None:
        dialog = cls(where, may_remember, failed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        answer = PasswordAnswer(dialog.password.text(), dialog.remember.isChecked())
        dialog.password.clear()
        return answer

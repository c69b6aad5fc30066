"""Ctrl+N: a new customer account with its main contact's mandatory fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.accounts import AccountDetails, NewAccount
from custadmin.domain.errors import ValidationError
from custadmin.services.accounts import create_account
from custadmin.services.workspace import Workspace
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.fields import ACCOUNT_SPECS, FieldForm, contact_specs
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.validation import MAIN, LiveValidation, account_errors, account_inputs


class NewAccountDialog(QDialog):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self.created: AccountDetails | None = None
        self.setWindowTitle(self.tr("New customer account"))

        self.account_form = FieldForm(ACCOUNT_SPECS, self)
        self.contact_form = FieldForm(contact_specs(MAIN), self)
        self.validation = LiveValidation([self.account_form, self.contact_form], account_errors,
                                         self)
        account_box = QGroupBox(self.tr("Account"), self)
        QVBoxLayout(account_box).addWidget(self.account_form)
        contact_box = QGroupBox(self.tr("Main contact (account owner)"), self)
        QVBoxLayout(contact_box).addWidget(self.contact_form)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(account_box)
        left.addWidget(QLabel(self.tr(
            "Fields marked * are required. The customer number is assigned when the "
            "account is created."), self))
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(contact_box, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create account"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        # The main contact usually lives where the account does.
        self.account_form.edited.connect(self._follow_country)
        self.account_form.editor("name").setFocus()

    def _follow_country(self, key: str) -> None:
        if key == "country" and not self.contact_form.value(MAIN + "address_line1"):
            self.contact_form.set_values({MAIN + "country": self.account_form.value("country")})

    def submit(self) -> None:
        errors = self.validation.check_all()
        if errors:
            self.validation.focus_first_error(errors)
            self.message.setText(self.tr("Correct the fields marked in red."))
            return
        data = NewAccount(*account_inputs(self.validation.values()))
        ws = self._ws
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Creating the account…"))
        self._runner.run(lambda: create_account(ws, data), self._created, self._failed)

    def _created(self, details: AccountDetails) -> None:
        self.created = details
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.validation.show(exc.errors)
            self.validation.focus_first_error(exc.errors)
            self.message.setText(self.tr("Correct the fields marked in red."))
        else:
            self.message.setText(operator_message(exc, "creating an account"))

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace,
            runner: TaskRunner) -> AccountDetails | None:
        dialog = cls(ws, runner, parent)
        dialog.exec()
        return dialog.created

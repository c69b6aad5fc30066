"""*Add client…*: create a new client account, or connect an existing one (R22).

Creating asks for the client's details and main contact, whether the client
gets its own access to the program and who is invoiced, the bureau or the
client. Connecting searches the register for the account, then names the
consultant responsible and who at the client must sign the connection form
(its system administrator or an authorised signatory); it makes a draft
request, whose form the *Clients* tab saves as a PDF.

Every page checks what was typed before it lets the operator on, and keeps
it when going back; the service's refusals show at their fields. Cancel
leaves nothing behind: nothing is written before *Finish*.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from custadmin.domain.accounts import NewAccount
from custadmin.domain.errors import ValidationError
from custadmin.domain.identifiers import shown_org_number
from custadmin.services.bureaus import BureauOverview, ClientRow
from custadmin.services.workspace import Workspace
from custadmin.ui.bureaus.texts import role_title
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import fill_quietly
from custadmin.ui.widgets.fields import (
    ACCOUNT_SPECS,
    FieldForm,
    contact_specs,
    error_label,
)
from custadmin.ui.widgets.messages import message_text, operator_message
from custadmin.ui.widgets.validation import MAIN, LiveValidation, account_errors, account_inputs

CHOICE, DETAILS, ACCESS, FIND, FORM = range(5)


def _consultants(combo: QComboBox, bureau: BureauOverview) -> None:
    fill_quietly(combo, [(combo.tr("(nobody yet)"), None)]
                 + [(u.label, u.contact_id) for u in bureau.consultants])


class ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Add a client"))
        self.setSubTitle(self.tr("Does the client already have an account with us?"))
        self.create_new = QRadioButton(self.tr("&Create a new client account"), self)
        self.connect_existing = QRadioButton(self.tr(
            "C&onnect an existing account (needs a connection form signed by the client)"),
            self)
        self.create_new.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.create_new)
        group.addButton(self.connect_existing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create_new)
        layout.addWidget(self.connect_existing)
        layout.addStretch(1)

    def nextId(self) -> int:
        return DETAILS if self.create_new.isChecked() else FIND


class DetailsPage(QWizardPage):
    """The new client's account and main contact, checked as on *New customer account*."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The new client"))
        self.setSubTitle(self.tr("Its company details and main contact. Fields marked * are "
                                 "required."))
        self.account_form = FieldForm(ACCOUNT_SPECS, self)
        self.contact_form = FieldForm(contact_specs(MAIN), self)
        self.validation = LiveValidation([self.account_form, self.contact_form],
                                         account_errors, self)
        account_box = QGroupBox(self.tr("Client"), self)
        QVBoxLayout(account_box).addWidget(self.account_form)
        contact_box = QGroupBox(self.tr("Main contact"), self)
        QVBoxLayout(contact_box).addWidget(self.contact_form)
        layout = QHBoxLayout(self)
        layout.addWidget(account_box, 1)
        layout.addWidget(contact_box, 1)
        self.account_form.edited.connect(self._follow_country)

    def _follow_country(self, key: str) -> None:
        if key == "country" and not self.contact_form.value(MAIN + "address_line1"):
            self.contact_form.set_values({MAIN + "country": self.account_form.value("country")})

    def initializePage(self) -> None:
        self.account_form.editor("name").setFocus()

    def validatePage(self) -> bool:
        errors = self.validation.check_all()
        if errors:
            self.validation.focus_first_error(errors)
            return False
        return True

    def data(self) -> NewAccount:
        return NewAccount(*account_inputs(self.validation.values()))

    def nextId(self) -> int:
        return ACCESS


class AccessPage(QWizardPage):
    """Own access, who is invoiced, the consultant responsible; Finish creates it."""

    def __init__(self, wizard: AddClientWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Access and invoicing"))
        self.setSubTitle(self.tr("The client waits in the activation list once created."))
        self.own_access = QCheckBox(self.tr(
            "The client gets its own &access to the program"), self)
        self.own_access.setChecked(True)
        self.own_access.setToolTip(self.tr(
            "Its main contact becomes the client's system administrator, who grants the "
            "bureau's consultants their programs"))
        self.invoice_client = QRadioButton(self.tr("Invoice the c&lient"), self)
        self.invoice_bureau = QRadioButton(self.tr("Invoice the &bureau"), self)
        self.invoice_client.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.invoice_client)
        group.addButton(self.invoice_bureau)
        self.responsible = QComboBox(self)
        responsible_label = QLabel(self.tr("Consultant &responsible:"), self)
        responsible_label.setBuddy(self.responsible)
        self.responsible_error = error_label(self)
        self.error = error_label(self)
        invoiced = QGroupBox(self.tr("Who is invoiced?"), self)
        box = QVBoxLayout(invoiced)
        box.addWidget(self.invoice_client)
        box.addWidget(self.invoice_bureau)
        form = QFormLayout()
        form.addRow(responsible_label, self.responsible)
        form.addRow("", self.responsible_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_access)
        layout.addWidget(invoiced)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        _consultants(self.responsible, wizard.bureau)

    def initializePage(self) -> None:
        self.own_access.setFocus()

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        return self._wizard.finish_create()


class FindPage(QWizardPage):
    """Search the register for the account to connect."""

    def __init__(self, wizard: AddClientWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Find the client's account"))
        self.setSubTitle(self.tr("Search by name, organisation number, customer number, "
                                 "email or phone, then choose the account."))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("what the caller tells you"))
        search_label = QLabel(self.tr("Se&arch:"), self)
        search_label.setBuddy(self.search)
        self.search_button = QPushButton(self.tr("&Find"), self)
        self.search_button.clicked.connect(self.run_search)
        self.search.returnPressed.connect(self.run_search)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Accounts found"))
        self.results.currentItemChanged.connect(lambda _c, _p: self.completeChanged.emit())
        self.error = error_label(self)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.search.setFocus()

    def run_search(self) -> None:
        from custadmin.domain.accounts import RegisterRow
        from custadmin.domain.register import RegisterQuery
        from custadmin.services.register import first_page, register_rows

        ws, typed = self._wizard.ws, self.search.text()
        self.error.clear()

        def search() -> list[RegisterRow]:
            page = first_page(ws, RegisterQuery(text=typed), 50)
            return register_rows(ws, list(page.ids))

        def found(rows: list[RegisterRow]) -> None:
            self.results.clear()
            for row in rows:
                if row.id == self._wizard.bureau.bureau_id:
                    continue
                item = QListWidgetItem(f"{row.name} · {row.org_number} · {row.customer_number}")
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.results.addItem(item)
            if self.results.count():
                self.results.setCurrentRow(0)
                self.results.setFocus()
            else:
                self.error.setText(self.tr("No account matches. To add a client that has no "
                                           "account yet, go back and create one."))
            self.completeChanged.emit()

        self._wizard.runner.run(search, found,
                                lambda exc: self.error.setText(
                                    operator_message(exc, "searching the register")))

    def chosen(self) -> int | None:
        item = self.results.currentItem()
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def isComplete(self) -> bool:
        return self.chosen() is not None

    def nextId(self) -> int:
        return FORM


class FormPage(QWizardPage):
    """Who is responsible and who must sign; Finish makes the draft request."""

    def __init__(self, wizard: AddClientWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The connection form"))
        self.setSubTitle(self.tr(
            "The client's system administrator or an authorised signatory must sign it. "
            "After Finish, save the form as a PDF from the Clients tab and send it."))
        self.client = QLabel(self)
        self.client.setTextFormat(Qt.TextFormat.PlainText)
        self.client_error = error_label(self)
        self.responsible = QComboBox(self)
        responsible_label = QLabel(self.tr("Consultant &responsible:"), self)
        responsible_label.setBuddy(self.responsible)
        self.responsible_error = error_label(self)
        self.signer = QComboBox(self)
        signer_label = QLabel(self.tr("To be signed &by:"), self)
        signer_label.setBuddy(self.signer)
        self.signer_error = error_label(self)
        self.error = error_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Client:"), self.client)
        form.addRow("", self.client_error)
        form.addRow(responsible_label, self.responsible)
        form.addRow("", self.responsible_error)
        form.addRow(signer_label, self.signer)
        form.addRow("", self.signer_error)
        form.addRow(self.error)
        _consultants(self.responsible, wizard.bureau)
        self.signer.currentIndexChanged.connect(lambda _i: self.signer_error.clear())

    def initializePage(self) -> None:
        from custadmin.services.accounts import load_account
        from custadmin.services.bureaus import program_matrix

        client_id = self._wizard.find_page.chosen()
        if client_id is None:
            return
        ws = self._wizard.ws
        self.client_error.clear()

        def read() -> tuple[str, list[tuple[str, int]]]:
            details = load_account(ws, client_id)
            roles = {u.contact_id: u.roles for u in program_matrix(ws, client_id).contacts}
            entries = []
            for contact in details.contacts:
                held = ", ".join(role_title(r) for r in sorted(roles.get(contact.id, ())))
                entries.append((f"{contact.full_name} <{contact.email}>"
                                + (f" — {held}" if held else ""), contact.id))
            shown = shown_org_number(details.org_number, details.country)
            return f"{details.name} · {shown}", entries

        def shown(result: tuple[str, list[tuple[str, int]]]) -> None:
            self.client.setText(result[0])
            fill_quietly(self.signer, result[1], self.signer.currentData())

        self._wizard.runner.run(read, shown, lambda exc: self.error.setText(
            operator_message(exc, "reading the client")))
        self.responsible.setFocus()

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        return self._wizard.finish_connect()


class AddClientWizard(QWizard):
    """Opened from the bureau's *Clients* tab; ``added`` with the new client's row."""

    added = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner, bureau: BureauOverview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.bureau = bureau
        #: The row the service returned; Finish closes the wizard once it is here.
        self.result_row: ClientRow | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Add a client to {name}").format(name=bureau.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.choice = ChoicePage(self)
        self.details = DetailsPage(self)
        self.access = AccessPage(self)
        self.find_page = FindPage(self)
        self.form = FormPage(self)
        self.setPage(CHOICE, self.choice)
        self.setPage(DETAILS, self.details)
        self.setPage(ACCESS, self.access)
        self.setPage(FIND, self.find_page)
        self.setPage(FORM, self.form)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Bac&k"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Fini&sh"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(820, 560)

    # --- Finish: on a worker; the page stays until the service answers ------------------------

    def _run(self, work: Any, page: AccessPage | FormPage) -> bool:
        if self.result_row is not None:
            return True
        if self._busy:
            return False
        self._busy = True
        page.error.setText(self.tr("Saving…"))

        def done(row: ClientRow) -> None:
            self._busy = False
            self.result_row = row
            page.error.clear()
            self.added.emit(row)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy = False
            page.error.clear()
            if isinstance(exc, ValidationError):
                self._show_errors(exc.errors, page)
            else:
                page.error.setText(operator_message(exc, "adding a client"))

        self.runner.run(work, done, failed)
        return False

    def _show_errors(self, errors: dict[str, str], page: AccessPage | FormPage) -> None:
        if isinstance(page, FormPage):
            page.client_error.setText(message_text(errors.get("client", "")))
            page.signer_error.setText(message_text(errors.get("signer", "")))
            page.responsible_error.setText(message_text(errors.get("responsible", "")))
            if "signer" in errors:
                page.signer.setFocus()
            return
        page.responsible_error.setText(message_text(errors.get("responsible", "")))
        rest = {k: v for k, v in errors.items() if k != "responsible"}
        if rest:
            # The details page's fields: shown there, and the operator is told so.
            self.details.validation.show(rest)
            page.error.setText(self.tr("Go back: some of the client's details are not "
                                       "accepted (marked in red)."))

    def finish_create(self) -> bool:
        from custadmin.services.bureaus import create_client

        ws, bureau_id, data = self.ws, self.bureau.bureau_id, self.details.data()
        own, responsible = self.access.own_access.isChecked(), \
            self.access.responsible.currentData()
        invoiced = "bureau" if self.access.invoice_bureau.isChecked() else "client"
        return self._run(lambda: create_client(ws, bureau_id, data, own_access=own,
                                               invoiced=invoiced,
                                               responsible_id=responsible), self.access)

    def finish_connect(self) -> bool:
        from custadmin.services.bureaus import connect_client

        client_id = self.find_page.chosen()
        if client_id is None:
            return False
        ws, bureau_id = self.ws, self.bureau.bureau_id
        responsible, signer = self.form.responsible.currentData(), self.form.signer.currentData()
        return self._run(lambda: connect_client(ws, bureau_id, client_id,
                                                responsible_id=responsible,
                                                signer_id=signer), self.form)

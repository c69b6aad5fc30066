"""*My details*: the account's own fields and its main contact's (R1), the
invoice contact (R5) and payment confirmations (R6)."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.accounts import (
    CONTACT_FIELDS,
    AccountDetails,
    ContactInput,
    InvoiceSettings,
)
from custadmin.domain.errors import ConfirmationNeeded
from custadmin.domain.identifiers import format_org_number, format_phone
from custadmin.domain.invoice import Addressee
from custadmin.domain.operators import Permission
from custadmin.services.accounts import load_account, update_account_details
from custadmin.services.workspace import Workspace
from custadmin.ui.editing import EditorPage, Work, checked_text
from custadmin.ui.einvoice.account_state import EInvoiceStateBox
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import contact_label, fill_quietly
from custadmin.ui.widgets.fields import (
    ACCOUNT_SPECS,
    FieldForm,
    align_label_columns,
    contact_specs,
)
from custadmin.ui.widgets.mail_texts import addressee_reason_text
from custadmin.ui.widgets.page import scrolling_column
from custadmin.ui.widgets.validation import MAIN, LiveValidation, account_errors, account_inputs
from custadmin.ui.widgets.when import local_date, local_time

INVOICE_CONTACT = "invoice_contact_id"
MAIN_ONLY = "payment_confirmations_main_only"
REQUIRES_EINVOICE = "requires_einvoice"


def form_values(details: AccountDetails) -> dict[str, str]:
    """An account as the form shows it: identifiers formatted for people."""
    values = {
        "name": details.name,
        "country": details.country,
        "org_number": format_org_number(details.org_number, details.country),
        "peppol_id": details.peppol_id,
        "service_type": details.service_type,
        # An invoice contact that has since become the main contact is no
        # separate choice any more.
        INVOICE_CONTACT: str(details.invoice_contact_id)
        if details.invoice_contact_id not in (None, details.main_contact.id) else "",
        MAIN_ONLY: "1" if details.payment_confirmations_main_only else "",
        REQUIRES_EINVOICE: "1" if details.requires_einvoice else "",
    }
    contact = details.main_contact
    for key in CONTACT_FIELDS:
        values[MAIN + key] = getattr(contact, key)
    values[MAIN + "phone"] = format_phone(contact.phone, details.country)
    return values


class MyDetailsPage(EditorPage[AccountDetails]):
    subject_kind = "account"
    permission = Permission.EDIT_ACCOUNTS

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent)
        self.account_form = FieldForm(ACCOUNT_SPECS, self)
        self.contact_form = FieldForm(contact_specs(MAIN), self)
        self.validation = LiveValidation([self.account_form, self.contact_form], account_errors,
                                         self)
        self.customer_number = QLabel(self)
        self.customer_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timestamps = QLabel(self)
        self.timestamps.setStyleSheet("color: palette(mid);")

        account_box = QGroupBox(self.tr("Account"), self)
        account_layout = QVBoxLayout(account_box)
        number_form = QFormLayout()
        number_form.addRow(QLabel(self.tr("Customer number:"), account_box),
                           self.customer_number)
        account_layout.addLayout(number_form)
        account_layout.addWidget(self.account_form)
        account_layout.addWidget(self.timestamps)

        contact_box = QGroupBox(self.tr("Main contact (account owner)"), self)
        contact_box.setToolTip(self.tr(
            "The main contact's name and address are the account's defaults for invoices "
            "and for every email the account receives."))
        contact_layout = QVBoxLayout(contact_box)
        contact_layout.addWidget(self.contact_form)

        invoice_box = QGroupBox(self.tr("Invoices"), self)
        self.invoice_contact = QComboBox(invoice_box)
        self.invoice_contact.setAccessibleName(self.tr("Invoice contact"))
        self.invoice_contact.setToolTip(self.tr(
            "Whose name and postal address stand on the invoice. A contact that merely "
            "receives “Invoices & reminders” gets a copy and does not change this."))
        self.main_only = QCheckBox(
            self.tr("Send payment confirmations only to the main contact"), invoice_box)
        self.addressee = QLabel(invoice_box)
        self.addressee.setWordWrap(True)
        self.addressee.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        invoice_form = QFormLayout(invoice_box)
        invoice_label = QLabel(self.tr("Invoice &contact:"), invoice_box)
        invoice_label.setBuddy(self.invoice_contact)
        invoice_form.addRow(invoice_label, self.invoice_contact)
        invoice_form.addRow("", self.main_only)
        invoice_form.addRow(self.tr("Invoice addressed to:"), self.addressee)
        self.einvoice = EInvoiceStateBox(self)
        self.einvoice.search_requested.connect(lambda: self._open_network(register=False))
        self.einvoice.register_requested.connect(lambda: self._open_network(register=True))
        # Labels align across the groups: the fields start at one line.
        align_label_columns(number_form, self.account_form.form_layout(), invoice_form,
                            self.contact_form.form_layout())

        # One column: the page lives beside the register, so it grows down,
        # not sideways.
        column = QVBoxLayout()
        column.addWidget(account_box)
        column.addWidget(invoice_box)
        column.addWidget(self.einvoice)
        column.addWidget(contact_box)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_column(self, column), 1)
        layout.addLayout(self.button_row())
        # Tab follows the page down: account, invoices, then the main contact
        # (the forms were made first, so by default Tab skipped the invoices).
        QWidget.setTabOrder(self.account_form.editor(ACCOUNT_SPECS[-1].key),
                            self.invoice_contact)
        QWidget.setTabOrder(self.invoice_contact, self.main_only)
        QWidget.setTabOrder(self.main_only, self.einvoice.requires)
        QWidget.setTabOrder(self.einvoice.requires, self.einvoice.search_button)
        QWidget.setTabOrder(self.einvoice.search_button, self.einvoice.register_button)
        QWidget.setTabOrder(self.einvoice.register_button,
                            self.contact_form.editor(self.contact_form.field_keys()[0]))

        for form in (self.account_form, self.contact_form):
            form.edited.connect(lambda _key: self.edited())
        self.invoice_contact.currentIndexChanged.connect(lambda _i: self.edited())
        self.main_only.toggled.connect(lambda _c: self.edited())
        self.einvoice.requires.toggled.connect(lambda _c: self.edited())
        self.edited()
        self.setEnabled(False)

    # --- EditorPage -----------------------------------------------------------------

    def what(self) -> str:
        account = self.stored
        return account.name if account is not None else self.tr("This account")

    def fill(self, stored: AccountDetails) -> None:
        values = form_values(stored)
        self.account_form.set_values(values)
        self.contact_form.set_values(values)
        self.validation.reset()
        self._fill_invoice_contacts(stored)
        self.restore({key: values[key] for key in (INVOICE_CONTACT, MAIN_ONLY,
                                                   REQUIRES_EINVOICE)})
        self.customer_number.setText(str(stored.customer_number))
        self.timestamps.setText(self.tr("Created {created}, last changed {updated}").format(
            created=local_date(stored.created_at), updated=local_time(stored.updated_at)))

    def snapshot(self) -> dict[str, str]:
        values = self.validation.values()
        data = self.invoice_contact.currentData()
        values[INVOICE_CONTACT] = str(data) if data else ""
        values[MAIN_ONLY] = "1" if self.main_only.isChecked() else ""
        values[REQUIRES_EINVOICE] = "1" if self.einvoice.requires.isChecked() else ""
        return values

    def restore(self, values: Mapping[str, str]) -> None:
        self.account_form.set_values(values)
        self.contact_form.set_values(values)
        if INVOICE_CONTACT in values:
            picked = values[INVOICE_CONTACT]
            index = self.invoice_contact.findData(int(picked)) if picked else 0
            blocked = self.invoice_contact.blockSignals(True)
            self.invoice_contact.setCurrentIndex(max(index, 0))
            self.invoice_contact.blockSignals(blocked)
        for key, box in ((MAIN_ONLY, self.main_only),
                         (REQUIRES_EINVOICE, self.einvoice.requires)):
            if key in values:
                blocked = box.blockSignals(True)
                box.setChecked(bool(values[key]))
                box.blockSignals(blocked)

    def check(self) -> bool:
        errors = self.validation.check_all()
        if errors:
            self.validation.focus_first_error(errors)
        return not errors

    def submit(self, stored: AccountDetails, confirmed_login_id: int | None) -> Work:
        account_input, contact_input = account_inputs(self.snapshot())
        invoice = self.invoice_settings()
        ws = self._ws
        return lambda: update_account_details(ws, stored.token, account_input, contact_input,
                                              invoice, confirmed_login_id)

    def reload(self, stored: AccountDetails) -> Work:
        ws = self._ws
        return lambda: load_account(ws, stored.id)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.validation.show(errors)
        self.validation.focus_first_error(errors)

    def set_read_only(self, read_only: bool) -> None:
        self.account_form.set_read_only(read_only)
        self.contact_form.set_read_only(read_only)
        self.einvoice.requires.setEnabled(not read_only)

    def confirmation_declined(self, asked: ConfirmationNeeded) -> None:
        # R9: the main contact's new email is someone else's login.
        self.validation.show({MAIN + "email": self.tr(
            "Already the portal user name of someone else; use another email "
            "address or confirm it is the same person.")})

    def field_label(self, key: str) -> str:
        for form in (self.account_form, self.contact_form):
            if key in form.field_keys():
                return str(form.editor(key).accessibleName())
        if key == INVOICE_CONTACT:
            return self.tr("Invoice contact")
        if key == MAIN_ONLY:
            return self.tr("Payment confirmations only to the main contact")
        if key == REQUIRES_EINVOICE:
            return self.tr("Requires e-invoices")
        return key

    def saved_text(self, stored: AccountDetails) -> str:
        local = stored.updated_at.astimezone()
        return self.tr("Saved at {time}").format(time=QLocale().toString(
            QTime(local.hour, local.minute, local.second), QLocale.FormatType.ShortFormat))

    def value_text(self, key: str, value: str) -> str:
        if key in (MAIN_ONLY, REQUIRES_EINVOICE):
            return checked_text(value)
        if key == INVOICE_CONTACT:
            index = self.invoice_contact.findData(int(value)) if value else 0
            return self.invoice_contact.itemText(max(index, 0))
        return value

    # --- state ----------------------------------------------------------------------

    @property
    def account(self) -> AccountDetails | None:
        return self.stored

    def invoice_settings(self) -> InvoiceSettings:
        data = self.invoice_contact.currentData()
        return InvoiceSettings(int(data) if data else None, self.main_only.isChecked(),
                               self.einvoice.requires.isChecked())

    def _open_network(self, register: bool) -> None:
        from custadmin.ui.einvoice.network import NetworkWindow

        account = self.stored
        if account is not None:
            NetworkWindow.open_for_account(self._ws, self._runner, self.window(), account,
                                           register=register)

    def _fill_invoice_contacts(self, details: AccountDetails) -> None:
        fill_quietly(self.invoice_contact, [(self.tr("None — the main contact"), None), *(
            (contact_label(c), c.id) for c in details.contacts if not c.is_main)])

    # --- the draft, for live views ------------------------------------------------------

    def draft_main_contact(self) -> ContactInput:
        return account_inputs(self.snapshot())[1]

    def show_addressee(self, addressee: Addressee) -> None:
        lines = ", ".join(addressee.lines())
        self.addressee.setText(self.tr("<b>{lines}</b><br>({why})").format(
            lines=html.escape(lines), why=html.escape(addressee_reason_text(addressee.reason))))

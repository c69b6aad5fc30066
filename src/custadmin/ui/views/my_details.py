"""*My details*: the account's own fields and its main contact's (R1)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.accounts import (
    CONTACT_FIELDS,
    AccountDetails,
    ContactDetails,
    ContactInput,
    InvoiceSettings,
)
from custadmin.domain.errors import ConfirmationNeeded, ConflictError, ValidationError
from custadmin.domain.identifiers import format_org_number, format_phone
from custadmin.domain.invoice import Addressee, PostalContact
from custadmin.domain.operators import Permission
from custadmin.services.accounts import load_account, update_account_details
from custadmin.storage.database import Database
from custadmin.ui.dialogs.prompts import (
    ConflictChoice,
    ConflictPrompt,
    ErrorMessage,
    SharedLoginPrompt,
)
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.fields import ACCOUNT_SPECS, FieldForm, contact_specs
from custadmin.ui.widgets.mail_texts import addressee_reason_text
from custadmin.ui.widgets.page import forbid, forbidden, operator_message, scrolling_column
from custadmin.ui.widgets.validation import MAIN, LiveValidation, account_errors, account_inputs

INVOICE_CONTACT = "invoice_contact_id"
MAIN_ONLY = "payment_confirmations_main_only"


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
    }
    contact = details.main_contact
    for key in CONTACT_FIELDS:
        values[MAIN + key] = getattr(contact, key)
    values[MAIN + "phone"] = format_phone(contact.phone, details.country)
    return values


def postal(contact: ContactDetails | ContactInput, contact_id: int | None) -> PostalContact:
    return PostalContact(
        id=contact_id, name=f"{contact.first_name} {contact.last_name}".strip(),
        organisation_name=contact.organisation_name, address_line1=contact.address_line1,
        address_line2=contact.address_line2, postcode=contact.postcode, city=contact.city,
        country=contact.country,
    )


class MyDetailsPage(QWidget):
    #: Anything the operator changed (for the live *Who gets what* panel).
    draft_changed = Signal()
    dirty_changed = Signal(bool)
    saved = Signal(object)  # AccountDetails

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        #: Why this operator may not save here (None: they may).
        self._forbidden = forbidden(db, Permission.EDIT_ACCOUNTS)
        self._runner = runner
        self._base: AccountDetails | None = None
        self._loaded: dict[str, str] = {}
        self._dirty = False
        self._saving = False

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
        number_row = QHBoxLayout()
        number_row.addWidget(QLabel(self.tr("Customer number:"), account_box))
        number_row.addWidget(self.customer_number, 1)
        account_layout.addLayout(number_row)
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

        # One column: the page lives beside the register, so it grows down,
        # not sideways.
        column = QVBoxLayout()
        column.addWidget(account_box)
        column.addWidget(invoice_box)
        column.addWidget(contact_box)
        column.addStretch(1)
        scroll = scrolling_column(self, column)

        self.status = QLabel(self)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setToolTip(self.tr("Undo every unsaved change (Esc)"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        for form in (self.account_form, self.contact_form):
            form.edited.connect(self._update_dirty)
        self.invoice_contact.currentIndexChanged.connect(lambda _i: self._update_dirty())
        self.main_only.toggled.connect(lambda _c: self._update_dirty())
        self._update_dirty()
        self.setEnabled(False)

    # --- state ---------------------------------------------------------------

    @property
    def account(self) -> AccountDetails | None:
        return self._base

    def is_dirty(self) -> bool:
        return self._dirty

    def values(self) -> dict[str, str]:
        values = self.validation.values()
        data = self.invoice_contact.currentData()
        values[INVOICE_CONTACT] = str(data) if data else ""
        values[MAIN_ONLY] = "1" if self.main_only.isChecked() else ""
        return values

    def invoice_settings(self) -> InvoiceSettings:
        data = self.invoice_contact.currentData()
        return InvoiceSettings(int(data) if data else None, self.main_only.isChecked())

    def _fill_invoice_contacts(self, details: AccountDetails, selected: int | None) -> None:
        blocked = self.invoice_contact.blockSignals(True)
        try:
            self.invoice_contact.clear()
            self.invoice_contact.addItem(self.tr("None — the main contact"), None)
            for contact in details.contacts:
                if not contact.is_main:
                    self.invoice_contact.addItem(f"{contact.full_name} <{contact.email}>",
                                                 contact.id)
            index = self.invoice_contact.findData(selected) if selected else 0
            self.invoice_contact.setCurrentIndex(max(index, 0))
        finally:
            self.invoice_contact.blockSignals(blocked)

    def show_account(self, details: AccountDetails, *, keep_edits: bool = False) -> None:
        """Show ``details``; with ``keep_edits`` the operator's typing stays."""
        previous = self.invoice_settings()
        self._base = details
        self._loaded = form_values(details)
        if not keep_edits:
            self.account_form.set_values(self._loaded)
            self.contact_form.set_values(self._loaded)
            self.validation.reset()
            self._fill_invoice_contacts(details, details.invoice_contact_id)
            blocked = self.main_only.blockSignals(True)
            self.main_only.setChecked(details.payment_confirmations_main_only)
            self.main_only.blockSignals(blocked)
        else:
            self._fill_invoice_contacts(details, previous.invoice_contact_id)
        self.customer_number.setText(str(details.customer_number))
        self.timestamps.setText(self.tr("Created {created}, last changed {updated} UTC").format(
            created=details.created_at.strftime("%Y-%m-%d"),
            updated=details.updated_at.strftime("%Y-%m-%d %H:%M"),
        ))
        self.setEnabled(True)
        self._update_dirty()

    def use_database(self, db: Database) -> None:
        """Act through ``db`` from now on (the same operator, perhaps for a caller)."""
        self._db = db
        self._forbidden = forbidden(db, Permission.EDIT_ACCOUNTS)
        self._update_dirty()

    def _update_dirty(self, _key: str = "") -> None:
        dirty = self._base is not None and self.values() != self._loaded
        self.save_button.setEnabled(dirty and not self._saving)
        self.revert_button.setEnabled(dirty and not self._saving)
        forbid((self.save_button,), self._forbidden)
        if self._saving:
            self.status.setText(self.tr("Saving…"))
        elif dirty:
            self.status.setText(self.tr("Unsaved changes"))
        elif not self.status.text().startswith(self.tr("Saved")):
            self.status.setText("")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.draft_changed.emit()

    # --- actions -----------------------------------------------------------

    def revert(self) -> None:
        if self._base is None or self._saving:
            return
        self.show_account(self._base)

    def save(self, on_saved: Callable[[], None] | None = None,
             confirmed_login_id: int | None = None) -> None:
        """Save on a worker; the form keeps what was typed if it fails."""
        base = self._base
        if base is None or self._saving:
            return
        if not self._dirty:
            if on_saved is not None:
                on_saved()
            return
        errors = self.validation.check_all()
        if errors:
            self.validation.focus_first_error(errors)
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return
        account_input, contact_input = account_inputs(self.values())
        invoice = self.invoice_settings()
        db = self._db
        self._set_saving(True)
        self._runner.run(
            lambda: update_account_details(db, base, account_input, contact_input, invoice,
                                           confirmed_login_id),
            lambda details: self._saved(details, on_saved),
            lambda exc: self._save_failed(exc, on_saved),
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.account_form.set_read_only(saving)
        self.contact_form.set_read_only(saving)
        self._update_dirty()

    def _saved(self, details: AccountDetails, on_saved: Callable[[], None] | None) -> None:
        self._set_saving(False)
        self.show_account(details)
        self.status.setText(self.tr("Saved at {time}").format(
            time=QLocale().toString(details.updated_at.astimezone().time(),
                                    QLocale.FormatType.ShortFormat)))
        self.saved.emit(details)
        if on_saved is not None:
            on_saved()

    def _save_failed(self, exc: BaseException,
                     on_saved: Callable[[], None] | None = None) -> None:
        self._set_saving(False)
        if isinstance(exc, ConfirmationNeeded):
            # R9: the main contact's new email is a login elsewhere.
            if SharedLoginPrompt.ask(self, exc):
                self.save(on_saved, confirmed_login_id=exc.login_id)
            else:
                self.validation.show({MAIN + "email": self.tr(
                    "Already the portal user name of someone else; use another email "
                    "address or confirm it is the same person.")})
                self.status.setText(self.tr("Not saved; your edits are still in the form."))
        elif isinstance(exc, ValidationError):
            self.validation.show(exc.errors)
            self.validation.focus_first_error(exc.errors)
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
        elif isinstance(exc, ConflictError):
            self.status.setText(self.tr("Not saved: changed by someone else."))
            self._resolve_conflict(exc)
        else:
            self.status.setText(self.tr("Not saved; your edits are still in the form."))
            ErrorMessage.show(self, self.tr("Not saved"),
                              operator_message(exc, "saving account details"),
                              getattr(exc, "detail", ""))

    def _resolve_conflict(self, exc: ConflictError) -> None:
        base = self._base
        if base is None:
            return
        mine = self.values()
        choice = ConflictPrompt.ask(self, exc.differences, self.field_label, mine)
        db = self._db

        def reloaded(details: AccountDetails) -> None:
            # Keep mine: the stored version becomes the base, so the next
            # Save writes the operator's edits over theirs knowingly.
            self.show_account(details, keep_edits=choice is ConflictChoice.KEEP_MINE)
            if choice is ConflictChoice.KEEP_MINE:
                self.status.setText(self.tr(
                    "Their changes are loaded underneath yours; Save to apply yours."))

        self._runner.run(lambda: load_account(db, base.id), reloaded, self._save_failed)

    def field_label(self, key: str) -> str:
        for form in (self.account_form, self.contact_form):
            if key in form.field_keys():
                return str(form.editor(key).accessibleName())
        if key == INVOICE_CONTACT:
            return self.tr("Invoice contact")
        if key == MAIN_ONLY:
            return self.tr("Payment confirmations only to the main contact")
        return key

    # --- the draft, for live views ---------------------------------------

    def draft_main_contact(self) -> ContactInput:
        return account_inputs(self.values())[1]

    def show_addressee(self, addressee: Addressee) -> None:
        lines = ", ".join(addressee.contact.lines())
        self.addressee.setText(self.tr("<b>{lines}</b><br>({why})").format(
            lines=html.escape(lines), why=html.escape(addressee_reason_text(addressee.reason))))

"""*Manage contacts*: add, edit and delete contacts, their email preferences,
their portal access, and which one is the main contact (R1–R4, R8)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGridLayout,
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
    ContactChange,
    ContactDetails,
    ContactInput,
    validate_contact,
)
from custadmin.domain.drafts import EditedContact
from custadmin.domain.errors import ConfirmationNeeded, ValidationError
from custadmin.domain.identifiers import format_phone
from custadmin.domain.mail import EmailCategory
from custadmin.domain.operators import Permission
from custadmin.domain.roles import ContactRole, contact_roles
from custadmin.services.accounts import load_account
from custadmin.services.contacts import delete_contact, make_main_contact, save_contact
from custadmin.services.portal import PASSWORD_FIELD
from custadmin.services.workspace import Workspace
from custadmin.ui.account.portal_access import ACCESS, LOGIN_ENABLED, PASSWORD, PortalAccessBox
from custadmin.ui.editing import EditorPage, PageStatus, Work, checked_text
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import contact_label, fill_quietly
from custadmin.ui.widgets.fields import FieldForm, contact_specs
from custadmin.ui.widgets.mail_texts import category_label
from custadmin.ui.widgets.page import scrolling_column
from custadmin.ui.widgets.prompts import (
    DeleteContactPrompt,
    MakeMainContactPrompt,
    SharedLoginPrompt,
)
from custadmin.ui.widgets.validation import LiveValidation, contact_input

NEW = None  # the selector's "Add new contact" entry
_MAIL = "mail."
#: Snapshot key: make the new contact the account's invoice contact (R5).
AS_INVOICE_CONTACT = "as_invoice_contact"
#: What a billing contact takes from the account: its name and postal address.
_BILLING_FROM_MAIN = ("address_line1", "address_line2", "postcode", "city", "country")


def contact_values(contact: ContactDetails | None, account_country: str) -> dict[str, str]:
    if contact is None:
        return {key: "" for key in CONTACT_FIELDS} | {"country": account_country}
    values = {key: getattr(contact, key) for key in CONTACT_FIELDS}
    values["phone"] = format_phone(contact.phone, account_country)
    return values


class ContactsPage(EditorPage[AccountDetails]):
    subject_kind = "account"
    permission = Permission.EDIT_ACCOUNTS

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent)
        self._selected_id: int | None = NEW
        self.save_button.setText(self.tr("&Save contact"))

        self.selector = QComboBox(self)
        self.selector.setAccessibleName(self.tr("Select contact"))
        select_label = QLabel(self.tr("Select &contact:"), self)
        select_label.setBuddy(self.selector)

        self.form = FieldForm(contact_specs(), self)
        self.validation = LiveValidation([self.form], self._errors, self)

        self.preferences: dict[EmailCategory, QCheckBox] = {}
        prefs_box = QGroupBox(self.tr("Email preferences"), self)
        prefs_layout = QGridLayout(prefs_box)
        for i, category in enumerate(EmailCategory):
            # "&" would be taken as a keyboard mnemonic in a checkbox label.
            box = QCheckBox(category_label(category).replace("&", "&&"), prefs_box)
            box.toggled.connect(lambda _c: self.edited())
            self.preferences[category] = box
            prefs_layout.addWidget(box, i // 2, i % 2)
        self.portal = PortalAccessBox(self)
        self.portal.changed.connect(self.edited)
        self.role = QLabel(self)
        self.role.setWordWrap(True)
        self.billing_button = QPushButton(self.tr("Add &billing contact"), self)
        self.billing_button.setToolTip(self.tr(
            "A new contact with the account's name and address, ticked for Invoices & "
            "reminders and made the invoice contact: type the person and save once"))
        self.as_invoice = QCheckBox(self.tr(
            "Make it the &invoice contact (its name and address stand on invoices)"), self)
        self.as_invoice.toggled.connect(lambda _c: self.edited())

        details_box = QGroupBox(self.tr("Contact"), self)
        QVBoxLayout(details_box).addWidget(self.form)
        column = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(select_label)
        top.addWidget(self.selector, 1)
        top.addWidget(self.billing_button)
        column.addLayout(top)
        column.addWidget(details_box)
        column.addWidget(self.as_invoice)
        column.addWidget(prefs_box)
        column.addWidget(self.portal)
        column.addWidget(self.role)
        column.addStretch(1)

        self.make_main_button = QPushButton(self.tr("Make &main contact"), self)
        self.delete_button = QPushButton(self.tr("&Delete contact…"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_column(self, column), 1)
        layout.addLayout(self.button_row(self.make_main_button, self.delete_button))

        self.selector.activated.connect(self._on_selected)
        self.form.edited.connect(lambda _k: self.edited())
        self.delete_button.clicked.connect(self.delete)
        self.billing_button.clicked.connect(self.add_billing_contact)
        # Tab follows the page down (these two were made after the sections below).
        QWidget.setTabOrder(self.selector, self.billing_button)
        QWidget.setTabOrder(self.form.editor(CONTACT_FIELDS[-1]), self.as_invoice)
        self.make_main_button.clicked.connect(self.make_main)
        self.setEnabled(False)

    # --- EditorPage -----------------------------------------------------------------

    def what(self) -> str:
        return self.tr("The contact")

    def fill(self, stored: AccountDetails) -> None:
        if self._selected_id is not None and stored.contact(self._selected_id) is None:
            self._selected_id = NEW  # deleted meanwhile
        self._fill_selector(stored)
        contact = self.selected()
        is_main = contact is not None and contact.is_main
        self.form.set_values(contact_values(contact, stored.country))
        # The main contact is edited on My details, so that one record never
        # has two editors; it receives every email whatever is ticked (R7).
        self.form.set_read_only(is_main)
        self.validation.reset()
        for category, box in self.preferences.items():
            blocked = box.blockSignals(True)
            # R3: a new contact starts with every preference unticked.
            box.setChecked(is_main or (contact is not None
                                       and category in contact.email_categories))
            box.setEnabled(not is_main)
            box.setToolTip(self.tr("The main contact receives every email.") if is_main else "")
            box.blockSignals(blocked)
        self.portal.show_contact(stored, contact)
        blocked = self.as_invoice.blockSignals(True)
        self.as_invoice.setChecked(False)
        self.as_invoice.blockSignals(blocked)
        self.as_invoice.setVisible(contact is None)  # only a contact being added

    def snapshot(self) -> dict[str, str]:
        values = self.form.values()
        values[AS_INVOICE_CONTACT] = "1" if self.as_invoice.isChecked() else ""
        for category, box in self.preferences.items():
            values[_MAIL + category.value] = "1" if box.isChecked() else ""
        values.update(self.portal.values())
        return values

    def restore(self, values: Mapping[str, str]) -> None:
        self.form.set_values({k: v for k, v in values.items() if k in CONTACT_FIELDS})
        for category, box in self.preferences.items():
            key = _MAIL + category.value
            if box.isEnabled() and key in values:
                blocked = box.blockSignals(True)
                box.setChecked(bool(values[key]))
                box.blockSignals(blocked)
        self.portal.restore(values)
        if self.selected() is None:  # the choice exists only for a contact being added
            blocked = self.as_invoice.blockSignals(True)
            self.as_invoice.setChecked(bool(values.get(AS_INVOICE_CONTACT)))
            self.as_invoice.blockSignals(blocked)

    def check(self) -> bool:
        errors = self.validation.check_all()
        password_problem = self.portal.problem()
        self.portal.show_error(password_problem)
        if errors:
            self.validation.focus_first_error(errors)
        return not (errors or password_problem)

    def submit(self, stored: AccountDetails, confirmed_login_id: int | None) -> Work:
        contact = self.selected()
        change = ContactChange(self.draft_input(), self.categories(), self.portal.change())
        loaded = contact.token if contact is not None else None
        invoice_of = stored.token if contact is None and self.as_invoice.isChecked() else None
        ws = self._ws
        return lambda: save_contact(ws, stored.id, loaded, change, confirmed_login_id,
                                    invoice_of)

    def reload(self, stored: AccountDetails) -> Work:
        ws = self._ws
        return lambda: load_account(ws, stored.id)

    def adopt(self, result: AccountDetails) -> None:
        if self._selected_id is NEW and self.stored is not None:
            before = {c.id for c in self.stored.contacts}
            added = [c.id for c in result.contacts if c.id not in before]
            self._selected_id = added[0] if added else NEW

    def saved_text(self, stored: AccountDetails) -> str:
        return self.tr("Contact saved.")

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.portal.show_error(errors.get(PASSWORD_FIELD))
        self.validation.show(errors)
        if set(errors) - {PASSWORD_FIELD}:
            self.validation.focus_first_error(errors)

    def set_read_only(self, read_only: bool) -> None:
        contact = self.selected()
        self.form.set_read_only(read_only or (contact is not None and contact.is_main))
        self.portal.set_busy(read_only)

    def confirm(self, asked: ConfirmationNeeded) -> bool:
        # R9/R13: the operator decides whether it is the same person, or
        # whether a shared login's password may change for everyone.
        return SharedLoginPrompt.ask(self, asked, password_too=bool(self.portal.password.text()))

    def field_label(self, key: str) -> str:
        if key in self.form.field_keys():
            return str(self.form.editor(key).accessibleName())
        if key.startswith(_MAIL):
            return category_label(EmailCategory(key.removeprefix(_MAIL)))
        return {ACCESS: self.tr("Portal access"), PASSWORD: self.tr("New password"),
                LOGIN_ENABLED: self.tr("Login enabled")}.get(key, key)

    def value_text(self, key: str, value: str) -> str:
        if key == PASSWORD:
            return self.tr("(a new password)") if value else ""
        if key.startswith(_MAIL) or key in (ACCESS, LOGIN_ENABLED):
            return checked_text(value)
        return value

    def guarded_buttons(self) -> Sequence[QAbstractButton]:
        return (self.make_main_button, self.delete_button, self.billing_button)

    def state_changed(self) -> None:
        contact = self.selected()
        typed = self.form.values()
        self.portal.set_person(typed["email"], [typed["first_name"], typed["last_name"],
                                                typed["organisation_name"]])
        is_main = contact is not None and contact.is_main
        for button in (self.make_main_button, self.delete_button):
            button.setEnabled(contact is not None and not is_main and not self.busy)
        self.billing_button.setEnabled(self.stored is not None and not self.busy)
        self.delete_button.setToolTip(
            self.tr("The main contact cannot be deleted: an account always has exactly one. "
                    "Make another contact the main contact first.") if is_main else "")
        self.make_main_button.setToolTip(
            self.tr("Already the main contact.") if is_main else self.tr(
                "The main contact's name and address become the account's defaults; the "
                "current main contact stays as an ordinary contact."))
        self.role.setText(self._role_text(contact))

    # --- state ------------------------------------------------------------------------

    @property
    def account(self) -> AccountDetails | None:
        return self.stored

    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    def selected(self) -> ContactDetails | None:
        if self.stored is None or self._selected_id is None:
            return None
        return self.stored.contact(self._selected_id)

    def categories(self) -> frozenset[EmailCategory]:
        return frozenset(c for c, box in self.preferences.items() if box.isChecked())

    def _errors(self, values: Mapping[str, str]) -> dict[str, str]:
        country = self.stored.country if self.stored else "SE"
        try:
            validate_contact(contact_input(values), country)
        except ValidationError as exc:
            return exc.errors
        return {}

    def show_account(self, details: AccountDetails) -> None:
        """Show an account just opened, at "Add new contact" (R2)."""
        self._selected_id = NEW
        self.show_stored(details)

    def add_billing_contact(self) -> None:
        """A new contact prefilled as the account's billing contact, after the leave guard."""
        account = self.stored
        if account is None or self.busy:
            return

        def go() -> None:
            self.select_contact(NEW)
            main = account.main_contact
            values = self.snapshot()
            values.update({key: getattr(main, key) for key in _BILLING_FROM_MAIN})
            values["organisation_name"] = account.name
            values[_MAIL + EmailCategory.INVOICES.value] = "1"
            values[AS_INVOICE_CONTACT] = "1"
            self.restore(values)
            for key in ("organisation_name", *_BILLING_FROM_MAIN):
                self.form.edited.emit(key)
            self.edited()
            self.form.editor("first_name").setFocus(Qt.FocusReason.OtherFocusReason)

        self.request_leave(go)

    def select_contact(self, contact_id: int | None) -> None:
        """Show ``contact_id`` (None: a new contact), unsaved edits dropped."""
        self._selected_id = contact_id
        self.refill()
        self.set_status(PageStatus.EMPTY)

    def _fill_selector(self, details: AccountDetails) -> None:
        main = " — " + self.tr("main contact")
        fill_quietly(self.selector, [(self.tr("Add new contact"), NEW), *(
            (contact_label(c) + (main if c.is_main else ""), c.id) for c in details.contacts)],
            self._selected_id)

    def _on_selected(self, index: int) -> None:
        wanted = self.selector.itemData(index)
        if wanted == self._selected_id:
            return
        # Put the selector back until the operator has decided about edits.
        blocked = self.selector.blockSignals(True)
        self.selector.setCurrentIndex(max(self.selector.findData(self._selected_id), 0)
                                      if self._selected_id else 0)
        self.selector.blockSignals(blocked)
        self.request_leave(lambda: self.select_contact(wanted))

    def _role_text(self, contact: ContactDetails | None) -> str:
        roles = contact_roles(is_main=contact is not None and contact.is_main,
                              categories=self.categories(),
                              portal_access=self.portal.access.isChecked(),
                              rights=contact.rights if contact else ())
        if ContactRole.MAIN in roles:
            return self.tr("Role: main contact (account owner): receives every email; "
                           "name and address are the account's defaults. Edit them on "
                           "My details.")
        if not roles and self.portal.access.isChecked():
            return self.tr("Role: may log in to the portal, but has no rights ticked yet "
                           "(Internet tab); receives no emails.")
        if not roles:
            return self.tr("Role: contact with no rights that receives no emails.")
        names = {
            ContactRole.BILLING: self.tr("billing contact (receives “Invoices & reminders”)"),
            ContactRole.RECIPIENT: self.tr("receives the other ticked emails"),
            ContactRole.SUB_ACCOUNT: self.tr("sub-account (logs in to the portal)"),
        }
        return self.tr("Role: {roles}.").format(
            roles="; ".join(names[role] for role in ContactRole if role in roles))

    # --- the draft, for live views -------------------------------------------------------

    def edited_contact(self) -> EditedContact | None:
        """The contact as currently typed, or None when nothing is typed yet."""
        data, contact = self.draft_input(), self.selected()
        if contact is None and not (f"{data.first_name} {data.last_name}".strip()
                                    or data.email.strip()):
            return None
        return EditedContact(contact.id if contact else None, data, self.categories())

    def draft_input(self) -> ContactInput:
        return contact_input(self.form.values())

    # --- other actions ----------------------------------------------------------------------

    def delete(self) -> None:
        account, contact = self.stored, self.selected()
        if account is None or contact is None or contact.is_main or self.busy:
            return
        if not DeleteContactPrompt.ask(self, contact.full_name,
                                       account.invoice_contact_id == contact.id):
            return
        ws = self._ws
        self._act(lambda: delete_contact(ws, account.id, contact.token), NEW,
                  self.tr("Contact deleted."))

    def make_main(self) -> None:
        account, contact = self.stored, self.selected()
        if account is None or contact is None or contact.is_main or self.busy:
            return

        def go() -> None:
            # Asked even when reached by Alt+M: a stray key press must not
            # change who the account is (R1).
            if not MakeMainContactPrompt.ask(self, contact.full_name,
                                             account.main_contact.full_name):
                return
            ws = self._ws
            self._act(lambda: make_main_contact(ws, account.token, contact.id), contact.id,
                      self.tr("{name} is now the main contact.").format(name=contact.full_name))

        self.request_leave(go)

    def _act(self, work: Work, select: int | None, message: str) -> None:
        def done(details: AccountDetails) -> None:
            self._selected_id = select
            self.show_stored(details)
            self.set_status(PageStatus.DONE, message)
            self.saved.emit(details)

        self.perform(work, done, failure_title=self.tr("Not done"))

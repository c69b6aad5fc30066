"""*Manage contacts*: add, edit and delete contacts, their email preferences,
and which one is the main contact (R1–R4)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
    ContactDetails,
    ContactInput,
    validate_contact,
)
from custadmin.domain.errors import ConfirmationNeeded, ConflictError, ValidationError
from custadmin.domain.identifiers import format_phone
from custadmin.domain.mail import EmailCategory, MailContact
from custadmin.domain.operators import Permission
from custadmin.domain.roles import ContactRole, contact_roles
from custadmin.services.contacts import delete_contact, make_main_contact, save_contact
from custadmin.services.portal import PASSWORD_FIELD
from custadmin.storage.database import Database
from custadmin.ui.dialogs.prompts import (
    DeleteContactPrompt,
    ErrorMessage,
    Leave,
    SharedLoginPrompt,
    UnsavedChangesPrompt,
)
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.views.portal_access_box import PortalAccessBox
from custadmin.ui.widgets.fields import FieldForm, contact_specs
from custadmin.ui.widgets.mail_texts import category_label
from custadmin.ui.widgets.page import forbid, forbidden, operator_message, scrolling_column
from custadmin.ui.widgets.validation import LiveValidation, contact_input

NEW = None  # the selector's "Add new contact" entry


def contact_values(contact: ContactDetails | None, account_country: str) -> dict[str, str]:
    if contact is None:
        return {key: "" for key in CONTACT_FIELDS} | {"country": account_country}
    values = {key: getattr(contact, key) for key in CONTACT_FIELDS}
    values["phone"] = format_phone(contact.phone, account_country)
    return values


class ContactsPage(QWidget):
    draft_changed = Signal()
    dirty_changed = Signal(bool)
    #: The account after a contact was saved, deleted or made main.
    saved = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        #: Why this operator may not save here (None: they may).
        self._forbidden = forbidden(db, Permission.EDIT_ACCOUNTS)
        self._runner = runner
        self._account: AccountDetails | None = None
        self._loaded: dict[str, str] = {}
        self._dirty = False
        self._busy = False
        self._selected_id: int | None = NEW

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
            box.toggled.connect(lambda _c: self._update_dirty())
            self.preferences[category] = box
            prefs_layout.addWidget(box, i // 2, i % 2)
        self.portal = PortalAccessBox(self)
        self.portal.changed.connect(self._update_dirty)
        self.role = QLabel(self)
        self.role.setWordWrap(True)

        details_box = QGroupBox(self.tr("Contact"), self)
        QVBoxLayout(details_box).addWidget(self.form)
        column = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(select_label)
        top.addWidget(self.selector, 1)
        column.addLayout(top)
        column.addWidget(details_box)
        column.addWidget(prefs_box)
        column.addWidget(self.portal)
        column.addWidget(self.role)
        column.addStretch(1)
        scroll = scrolling_column(self, column)

        self.status = QLabel(self)
        self.make_main_button = QPushButton(self.tr("Make &main contact"), self)
        self.delete_button = QPushButton(self.tr("&Delete contact…"), self)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.save_button = QPushButton(self.tr("&Save contact"), self)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_main_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.selector.activated.connect(self._on_selected)
        self.form.edited.connect(lambda _k: self._update_dirty())
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        self.make_main_button.clicked.connect(self.make_main)
        self.setEnabled(False)

    # --- state -------------------------------------------------------------

    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    def selected(self) -> ContactDetails | None:
        if self._account is None or self._selected_id is None:
            return None
        return self._account.contact(self._selected_id)

    def is_dirty(self) -> bool:
        return self._dirty

    def categories(self) -> frozenset[EmailCategory]:
        return frozenset(c for c, box in self.preferences.items() if box.isChecked())

    def values(self) -> dict[str, str]:
        values = self.form.values()
        for category, box in self.preferences.items():
            values[f"mail.{category.value}"] = "1" if box.isChecked() else ""
        values.update(self.portal.values())
        return values

    def _errors(self, values: Mapping[str, str]) -> dict[str, str]:
        country = self._account.country if self._account else "SE"
        try:
            validate_contact(contact_input(values), country)
        except ValidationError as exc:
            return exc.errors
        return {}

    def show_account(self, details: AccountDetails, select: int | None = -1,
                     keep_edits: bool = False) -> None:
        """Show ``details``; ``select`` a contact id, None for a new one, -1 to keep.

        With ``keep_edits`` the operator's unsaved typing stays on top of the
        new state (another tab saved the same account meanwhile), so that the
        next save is made against the versions now stored.
        """
        kept = self.values() if keep_edits and self._dirty else None
        self._account = details
        if select == -1:
            select = self._selected_id if (
                self._selected_id is None or details.contact(self._selected_id)) else NEW
        self._fill_selector(details)
        self._select(select)
        if kept is not None and select == self._selected_id:
            self._apply_values(kept)
        self.setEnabled(True)

    def _apply_values(self, values: Mapping[str, str]) -> None:
        self.form.set_values({k: v for k, v in values.items() if k in CONTACT_FIELDS})
        for category, box in self.preferences.items():
            if box.isEnabled():
                box.setChecked(bool(values.get(f"mail.{category.value}")))
        self.portal.restore(values)
        self._update_dirty()

    def _fill_selector(self, details: AccountDetails) -> None:
        blocked = self.selector.blockSignals(True)
        try:
            self.selector.clear()
            self.selector.addItem(self.tr("Add new contact"), NEW)
            for contact in details.contacts:
                label = f"{contact.full_name} <{contact.email}>"
                if contact.is_main:
                    label += " — " + self.tr("main contact")
                self.selector.addItem(label, contact.id)
        finally:
            self.selector.blockSignals(blocked)

    def _select(self, contact_id: int | None) -> None:
        assert self._account is not None
        self._selected_id = contact_id
        index = self.selector.findData(contact_id) if contact_id is not None else 0
        blocked = self.selector.blockSignals(True)
        self.selector.setCurrentIndex(max(index, 0))
        self.selector.blockSignals(blocked)
        contact = self.selected()
        is_main = contact is not None and contact.is_main
        self.form.set_values(contact_values(contact, self._account.country))
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
        self.portal.show_contact(self._account, contact)
        self._loaded = self.values()
        self.status.setText("")
        self._update_dirty()

    def _on_selected(self, index: int) -> None:
        wanted = self.selector.itemData(index)

        def go() -> None:
            self._select(wanted)

        if wanted == self._selected_id:
            return
        # Put the selector back until the operator has decided about edits.
        previous = self.selector.findData(self._selected_id) if self._selected_id else 0
        blocked = self.selector.blockSignals(True)
        self.selector.setCurrentIndex(max(previous, 0))
        self.selector.blockSignals(blocked)
        self.request_leave(go)

    def request_leave(self, proceed: Callable[[], None]) -> None:
        if not self._dirty:
            proceed()
            return
        choice = UnsavedChangesPrompt.ask(self, self.tr("The contact"))
        if choice is Leave.SAVE:
            self.save(on_saved=proceed)
        elif choice is Leave.DISCARD:
            self.revert()
            proceed()

    def use_database(self, db: Database) -> None:
        """Act through ``db`` from now on (the same operator, perhaps for a caller)."""
        self._db = db
        self._forbidden = forbidden(db, Permission.EDIT_ACCOUNTS)
        self._update_dirty()

    def _update_dirty(self) -> None:
        contact = self.selected()
        typed = self.form.values()
        self.portal.set_person(typed["email"], [typed["first_name"], typed["last_name"],
                                                typed["organisation_name"]])
        dirty = self._account is not None and self.values() != self._loaded
        for button in (self.save_button, self.revert_button):
            button.setEnabled(dirty and not self._busy)
        is_main = contact is not None and contact.is_main
        self.make_main_button.setEnabled(contact is not None and not is_main and not self._busy)
        self.delete_button.setEnabled(contact is not None and not is_main and not self._busy)
        forbid((self.save_button, self.make_main_button, self.delete_button), self._forbidden)
        self.delete_button.setToolTip(
            self.tr("The main contact cannot be deleted: an account always has exactly one. "
                    "Make another contact the main contact first.") if is_main else "")
        self.make_main_button.setToolTip(
            self.tr("Already the main contact.") if is_main else self.tr(
                "The main contact's name and address become the account's defaults; the "
                "current main contact stays as an ordinary contact."))
        self.role.setText(self._role_text(contact))
        if dirty and not self._busy:
            self.status.setText(self.tr("Unsaved changes"))
        elif not dirty and self.status.text() == self.tr("Unsaved changes"):
            self.status.setText("")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.draft_changed.emit()

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

    # --- the draft, for live views -----------------------------------------

    def draft_mail_contact(self) -> MailContact | None:
        """The contact as currently typed, or None when nothing is typed yet."""
        values = self.form.values()
        contact = self.selected()
        name = f"{values['first_name']} {values['last_name']}".strip()
        if contact is None and not (name or values["email"].strip()):
            return None
        return MailContact(
            id=contact.id if contact else None, name=name, email=values["email"].strip(),
            is_main=contact.is_main if contact else False, categories=self.categories(),
        )

    def draft_input(self) -> ContactInput:
        return contact_input(self.form.values())

    # --- actions -------------------------------------------------------------

    def revert(self) -> None:
        if self._account is not None and not self._busy:
            self._select(self._selected_id)

    def save(self, on_saved: Callable[[], None] | None = None,
             confirmed_login_id: int | None = None) -> None:
        account = self._account
        if account is None or self._busy:
            return
        if not self._dirty:
            if on_saved:
                on_saved()
            return
        errors = self.validation.check_all()
        password_problem = self.portal.problem()
        self.portal.show_error(password_problem)
        if errors or password_problem:
            if errors:
                self.validation.focus_first_error(errors)
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return
        contact = self.selected()
        data, categories = self.draft_input(), self.categories()
        portal = self.portal.change()
        contact_id = contact.id if contact else None
        version = contact.version if contact else None
        before = {c.id for c in account.contacts}
        db = self._db

        def done(details: AccountDetails) -> None:
            new_ids = [c.id for c in details.contacts if c.id not in before]
            self._finish(details, contact_id if contact_id is not None else
                         (new_ids[0] if new_ids else NEW), self.tr("Contact saved."))
            if on_saved:
                on_saved()

        self._run(lambda: save_contact(db, account.id, contact_id, version, data, categories,
                                       portal, confirmed_login_id),
                  done, on_saved)

    def delete(self) -> None:
        account, contact = self._account, self.selected()
        if account is None or contact is None or contact.is_main:
            return
        if not DeleteContactPrompt.ask(self, contact.full_name,
                                       account.invoice_contact_id == contact.id):
            return
        db = self._db
        self._run(lambda: delete_contact(db, account.id, contact.id, contact.version),
                  lambda details: self._finish(details, NEW, self.tr("Contact deleted.")))

    def make_main(self) -> None:
        account, contact = self._account, self.selected()
        if account is None or contact is None or contact.is_main:
            return

        def go() -> None:
            assert account is not None and contact is not None
            db = self._db
            self._run(lambda: make_main_contact(db, account, contact.id),
                      lambda details: self._finish(
                          details, contact.id, self.tr("{name} is now the main contact.").format(
                              name=contact.full_name)))

        self.request_leave(go)

    def _run(self, work: Callable[[], AccountDetails],
             done: Callable[[AccountDetails], None],
             on_saved: Callable[[], None] | None = None) -> None:
        self._busy = True
        self.form.set_read_only(True)
        self.portal.set_busy(True)
        self._update_dirty()
        self._runner.run(work, done, lambda exc: self._failed(exc, on_saved))

    def _finish(self, details: AccountDetails, select: int | None, message: str) -> None:
        self._busy = False
        self.portal.set_busy(False)
        self.show_account(details, select)
        self.status.setText(message)
        self.saved.emit(details)

    def _failed(self, exc: BaseException, on_saved: Callable[[], None] | None = None) -> None:
        self._busy = False
        self.portal.set_busy(False)
        contact = self.selected()
        self.form.set_read_only(contact is not None and contact.is_main)
        self._update_dirty()
        if isinstance(exc, ConfirmationNeeded):
            # R9/R13: the operator decides whether it is the same person, or
            # whether a shared login's password may change for everyone.
            if SharedLoginPrompt.ask(self, exc, password_too=bool(self.portal.password.text())):
                self.save(on_saved, confirmed_login_id=exc.login_id)
            else:
                self.status.setText(self.tr("Not saved; your edits are still in the form."))
            return
        if isinstance(exc, ValidationError):
            self.portal.show_error(exc.errors.get(PASSWORD_FIELD))
            self.validation.show(exc.errors)
            if set(exc.errors) - {PASSWORD_FIELD}:
                self.validation.focus_first_error(exc.errors)
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return
        message = operator_message(exc, "changing a contact")
        if isinstance(exc, ConflictError):
            message += " " + self.tr("Your edits are still in the form; Revert shows theirs "
                                     "after the account is opened again.")
        self.status.setText(self.tr("Not done."))
        ErrorMessage.show(self, self.tr("Not done"), message)

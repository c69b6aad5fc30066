"""The account editor: a header and the tabs *My details*, *Manage contacts*, *Internet*."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.invoice import Addressee, PostalContact, invoice_addressee
from custadmin.domain.mail import MailContact, MailSettings
from custadmin.domain.operators import Caller
from custadmin.services.accounts import load_account
from custadmin.storage.database import Database
from custadmin.ui.dialogs.prompts import ErrorMessage, Leave, UnsavedChangesPrompt
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.views.caller_bar import CallerBar
from custadmin.ui.views.contacts_page import ContactsPage
from custadmin.ui.views.history_page import HistoryPage
from custadmin.ui.views.internet_page import InternetPage
from custadmin.ui.views.mail_panel import WhoGetsWhatPanel
from custadmin.ui.views.my_details import MyDetailsPage, postal
from custadmin.ui.widgets.notes import no_account_open_note, note_label
from custadmin.ui.widgets.page import operator_message


@dataclass(frozen=True)
class _Tabs:
    """The account page, built on first use (:meth:`AccountEditor.build`)."""

    title: QLabel
    caller: CallerBar
    my_details: MyDetailsPage
    contacts: ContactsPage
    internet: InternetPage
    history: HistoryPage
    tabs: QTabWidget
    who_gets_what: WhoGetsWhatPanel
    who_gets_what_box: QGroupBox
    split: QSplitter
    account_page: QWidget


class AccountEditor(QWidget):
    #: An account was saved (AccountDetails): the register refreshes its row.
    saved = Signal(object)
    #: The open account changed (AccountDetails, or None when closed).
    opened = Signal(object)
    #: The operator asked for the login check of a portal user name (Internet tab).
    login_check_requested = Signal(str)
    #: A page's unsaved state changed (bool: that page is dirty).
    dirty_changed = Signal(bool)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._loading_id: int | None = None
        self._tabs: _Tabs | None = None

        self.empty = no_account_open_note(self)
        self.loading = note_label(self.tr("Opening the account…"), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.loading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def build(self) -> None:
        """Build the account page with its tabs, if not done yet.

        Not in ``__init__``: the tabs are hundreds of widgets that the window
        does not show until an account is opened, and building them took
        most of the time before the register's first paint. The main window
        builds them while the register's first query runs.
        """
        if self._tabs is not None:
            return
        db, runner = self._db, self._runner
        title = QLabel(self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        caller = CallerBar(self)
        caller.changed.connect(self._caller_changed)
        my_details = MyDetailsPage(db, runner, self)
        contacts = ContactsPage(db, runner, self)
        internet = InternetPage(db, runner, self)
        history = HistoryPage(db, runner, self)
        tabs = QTabWidget(self)
        tabs.addTab(my_details, self.tr("&My details"))
        tabs.addTab(contacts, self.tr("Manage &contacts"))
        tabs.addTab(internet, self.tr("&Internet"))
        tabs.addTab(history, self.tr("&History"))

        who_gets_what = WhoGetsWhatPanel(self)
        panel_box = QGroupBox(self.tr("Who gets what (follows unsaved edits)"), self)
        QVBoxLayout(panel_box).addWidget(who_gets_what)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(tabs)
        split.addWidget(panel_box)
        # The panel explains My details and Manage contacts; the rights matrix
        # needs the height more than it.
        tabs.currentChanged.connect(
            lambda _i: panel_box.setVisible(tabs.currentWidget() not in (internet, history)))
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([520, 230])

        account_page = QWidget(self)
        page_layout = QVBoxLayout(account_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(title)
        page_layout.addWidget(caller)
        page_layout.addWidget(split, 1)
        self.stack.addWidget(account_page)
        self._tabs = _Tabs(title, caller, my_details, contacts, internet, history, tabs,
                           who_gets_what, panel_box, split, account_page)

        my_details.saved.connect(self._on_saved)
        contacts.saved.connect(self._on_contacts_saved)
        internet.saved.connect(self._on_internet_saved)
        internet.login_check_requested.connect(self.login_check_requested)
        my_details.draft_changed.connect(self.refresh_draft)
        contacts.draft_changed.connect(self.refresh_draft)
        for page in (my_details, contacts, internet):
            page.dirty_changed.connect(self.dirty_changed)

    def _built(self) -> _Tabs:
        self.build()
        assert self._tabs is not None
        return self._tabs

    @property
    def title(self) -> QLabel:
        return self._built().title

    @property
    def my_details(self) -> MyDetailsPage:
        return self._built().my_details

    @property
    def contacts(self) -> ContactsPage:
        return self._built().contacts

    @property
    def internet(self) -> InternetPage:
        return self._built().internet

    @property
    def history(self) -> HistoryPage:
        return self._built().history

    @property
    def caller(self) -> CallerBar:
        return self._built().caller

    def _caller_changed(self, caller: Caller | None) -> None:
        """The work from now on is on behalf of ``caller`` (None: nobody noted)."""
        db = self._db.acting(caller=caller)
        for page in (self.my_details, self.contacts, self.internet, self.history):
            page.use_database(db)

    @property
    def tabs(self) -> QTabWidget:
        return self._built().tabs

    @property
    def who_gets_what(self) -> WhoGetsWhatPanel:
        return self._built().who_gets_what

    @property
    def who_gets_what_box(self) -> QGroupBox:
        return self._built().who_gets_what_box

    @property
    def split(self) -> QSplitter:
        return self._built().split

    @property
    def account(self) -> AccountDetails | None:
        if self._tabs is None or self.stack.currentWidget() is self.empty:
            return None  # none opened yet, or closed (deleted)
        return self._tabs.my_details.account

    def is_dirty(self) -> bool:
        if self._tabs is None:
            return False
        return self.my_details.is_dirty() or self.contacts.is_dirty() or self.internet.is_dirty()

    def request_leave(self, proceed: Callable[[], None]) -> None:
        """Call ``proceed`` once unsaved edits are saved or knowingly discarded.

        Nothing happens if the operator cancels, or if the save fails (the
        edits then stay in the form with the reason shown).
        """
        if not self.is_dirty():
            proceed()
            return
        account = self.account
        what = account.name if account else self.tr("This account")
        choice = UnsavedChangesPrompt.ask(self, what)
        if choice is Leave.SAVE:
            # One page after the other; each keeps its edits if its save fails.
            # Rights go last: saving a contact changes its version, and the
            # Internet page is refreshed under its ticks after each save, so it
            # then saves against the versions just stored.
            self.contacts.save(on_saved=lambda: self.my_details.save(
                on_saved=lambda: self.internet.save(on_saved=proceed)))
        elif choice is Leave.DISCARD:
            self.my_details.revert()
            self.contacts.revert()
            self.internet.revert()
            proceed()

    def open_account(self, account_id: int) -> None:
        """Open an account (after the unsaved-changes guard, see :meth:`request_leave`)."""
        if self.account is not None and self.account.id == account_id and not self.is_dirty():
            self.tabs.setCurrentWidget(self.my_details)
            return
        self.request_leave(lambda: self._load(account_id))

    def _load(self, account_id: int) -> None:
        self._loading_id = account_id
        if self.account is None:
            self.stack.setCurrentWidget(self.loading)
        db = self._db
        self._runner.run(
            lambda: load_account(db, account_id),
            lambda details: self._loaded(account_id, details),
            lambda exc: self._load_failed(account_id, exc),
        )

    def show_account(self, details: AccountDetails) -> None:
        self._loading_id = None
        shown = self.account
        if shown is None or shown.id != details.id:
            self.caller.clear()  # another account: another call
        self.my_details.show_account(details)
        self.contacts.show_account(details, select=None)
        self.internet.show_account(details)
        self.title.setText(self.tr("{name} — customer {number}").format(
            name=details.name, number=details.customer_number))
        self.history.show_account(details.id)
        self.stack.setCurrentWidget(self._built().account_page)
        self.opened.emit(details)

    def close_account(self) -> None:
        """Show no account (after it was deleted); unsaved edits are dropped."""
        if self._tabs is not None:
            self.my_details.revert()
            self.contacts.revert()
            self.internet.revert()
            self.caller.clear()
        self._loading_id = None
        self.stack.setCurrentWidget(self.empty)
        self.opened.emit(None)

    def _loaded(self, account_id: int, details: AccountDetails) -> None:
        if self._loading_id != account_id:
            return  # another account was asked for meanwhile
        self.show_account(details)

    def _load_failed(self, account_id: int, exc: BaseException) -> None:
        if self._loading_id != account_id:
            return
        self._loading_id = None
        if self.account is None:
            self.stack.setCurrentWidget(self.empty)
        ErrorMessage.show(self, self.tr("Cannot open the account"),
                          operator_message(exc, f"opening account {account_id}"))

    def _on_saved(self, details: AccountDetails) -> None:
        self.history.refresh()
        self.title.setText(self.tr("{name} — customer {number}").format(
            name=details.name, number=details.customer_number))
        self.contacts.show_account(details, keep_edits=self.contacts.is_dirty())
        # The service type and the main contact's login show on Internet too.
        self.internet.show_account(details, keep_edits=self.internet.is_dirty())
        self.saved.emit(details)

    def _on_contacts_saved(self, details: AccountDetails) -> None:
        self.history.refresh()
        # My details keeps what is being typed there, on top of the new state.
        self.my_details.show_account(details, keep_edits=self.my_details.is_dirty())
        # Portal users come and go with contacts; unsaved ticks stay.
        self.internet.show_account(details, keep_edits=self.internet.is_dirty())
        self.saved.emit(details)

    def _on_internet_saved(self, details: AccountDetails) -> None:
        self.history.refresh()
        # Saving rights moves the versions of the contacts it changed.
        self.my_details.show_account(details, keep_edits=self.my_details.is_dirty())
        self.contacts.show_account(details, keep_edits=self.contacts.is_dirty())
        self.saved.emit(details)

    # --- what the unsaved state means (R5, R7) -----------------------------

    def draft(self) -> tuple[MailSettings, Addressee] | None:
        """Mail routing and invoice addressee as they would be if both pages were saved."""
        account = self.my_details.account
        if account is None:
            return None
        main_input = self.my_details.draft_main_contact()
        edited = self.contacts.draft_mail_contact()
        edited_input = self.contacts.draft_input()
        mail_contacts: list[MailContact] = []
        postal_contacts: dict[int, PostalContact] = {}
        for contact in account.contacts:
            if contact.is_main:
                mail = MailContact(contact.id, f"{main_input.first_name} "
                                   f"{main_input.last_name}".strip(), main_input.email.strip(),
                                   True, contact.email_categories)
                postal_contacts[contact.id] = postal(main_input, contact.id)
            elif edited is not None and edited.id == contact.id:
                mail = edited
                postal_contacts[contact.id] = postal(edited_input, contact.id)
            else:
                mail = MailContact(contact.id, contact.full_name, contact.email, False,
                                   contact.email_categories)
                postal_contacts[contact.id] = postal(contact, contact.id)
            mail_contacts.append(mail)
        if edited is not None and edited.id is None:
            mail_contacts.append(edited)
        invoice = self.my_details.invoice_settings()
        settings = MailSettings(tuple(mail_contacts), invoice.payment_confirmations_main_only)
        main_postal = postal_contacts[account.main_contact.id]
        picked = postal_contacts.get(invoice.invoice_contact_id or -1)
        addressee = invoice_addressee(main_postal, picked,
                                      self.my_details.values().get("peppol_id", ""))
        return settings, addressee

    def refresh_draft(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        settings, addressee = draft
        self.who_gets_what.show_settings(settings)
        self.my_details.show_addressee(addressee)

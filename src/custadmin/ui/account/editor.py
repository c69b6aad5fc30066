"""The account editor: a header and the tabs *My details*, *Manage contacts*, *Internet*."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.drafts import AccountDraft
from custadmin.domain.operators import Caller
from custadmin.services.accounts import delete_account, load_account
from custadmin.services.workspace import Workspace
from custadmin.ui.account.caller_bar import CallerBar
from custadmin.ui.account.card import AccountCard
from custadmin.ui.account.contacts import ContactsPage
from custadmin.ui.account.history import HistoryPage
from custadmin.ui.account.internet import InternetPage
from custadmin.ui.account.mail_panel import WhoGetsWhatPanel
from custadmin.ui.account.my_details import MyDetailsPage
from custadmin.ui.actions import NEXT_TAB, PREVIOUS_TAB, TAB_KEYS
from custadmin.ui.einvoice.texts import network_changes
from custadmin.ui.licences.page import LicencesPage
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.elided import ElidedLabel
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.notes import no_account_open_note, note_label
from custadmin.ui.widgets.prompts import (
    DeleteAccountPrompt,
    ErrorMessage,
    Leave,
    UnsavedChangesPrompt,
)

if TYPE_CHECKING:
    from custadmin.services.einvoice import DeliveryInputs

log = logging.getLogger(__name__)


@dataclass
class _Parts:
    """The account page's parts made so far (:meth:`AccountEditor.build_step`)."""

    card: AccountCard
    caller: CallerBar
    my_details: MyDetailsPage
    contacts: ContactsPage | None = None
    internet: InternetPage | None = None
    history: HistoryPage | None = None
    licences: LicencesPage | None = None


@dataclass(frozen=True)
class _Tabs:
    """The account page, built on first use (:meth:`AccountEditor.build`)."""

    card: AccountCard
    title: ElidedLabel
    caller: CallerBar
    my_details: MyDetailsPage
    contacts: ContactsPage
    internet: InternetPage
    history: HistoryPage
    licences: LicencesPage
    tabs: QTabWidget
    who_gets_what: WhoGetsWhatPanel
    who_gets_what_box: QGroupBox
    split: QSplitter
    account_page: QWidget


#: QSettings key: whether the Who gets what panel is shown.
WHO_GETS_WHAT_SHOWN = "editor/who_gets_what_shown"


class AccountEditor(QWidget):
    #: An account was saved (AccountDetails): the register refreshes its row.
    saved = Signal(object)
    #: The open account changed (AccountDetails, or None when closed).
    opened = Signal(object)
    #: The operator asked for the login check of a portal user name (Internet tab).
    login_check_requested = Signal(str)
    #: A page's unsaved state changed (bool: that page is dirty).
    dirty_changed = Signal(bool)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._settings = settings
        self._loading_id: int | None = None
        #: The contact to show once the account being loaded is there.
        self._opening_contact: int | None = None
        self._tabs: _Tabs | None = None
        #: The pages made so far by :meth:`build_step`.
        self._parts: _Parts | None = None
        #: The open account's e-invoice recipients and the network, by account ID.
        self._delivery_inputs: tuple[int, DeliveryInputs] | None = None

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
        builds them after that paint, a part at a time (:meth:`build_step`).
        """
        while not self.build_step():
            pass

    @property
    def is_built(self) -> bool:
        """Whether the account page and its tabs are built."""
        return self._tabs is not None

    def build_step(self) -> bool:
        """Build the next part of the account page (the largest ~20 ms); True once whole.

        Whole, the page took 60–70 ms of the GUI thread: a jump in the register
        or a keystroke that came meanwhile waited for all of it. Between parts
        the event loop runs. Made but not yet placed, a page is a hidden child.
        """
        if self._tabs is not None:
            return True
        ws, runner, parts = self._ws, self._runner, self._parts
        if parts is None:
            card = AccountCard(self)
            caller = CallerBar(self)
            caller.changed.connect(self._caller_changed)
            self._parts = _Parts(card, caller, MyDetailsPage(ws, runner, self))
            return False
        if parts.contacts is None:
            parts.contacts = ContactsPage(ws, runner, self)
            return False
        if parts.internet is None:
            parts.internet = InternetPage(ws, runner, self)
            parts.history = HistoryPage(ws, runner, self)
            return False
        if parts.licences is None:
            parts.licences = LicencesPage(ws, runner, self)
            return False
        assert parts.history is not None
        self._assemble(parts.card, parts.caller, parts.my_details, parts.contacts,
                       parts.internet, parts.history, parts.licences)
        self._parts = None
        return True

    def _assemble(self, card: AccountCard, caller: CallerBar, my_details: MyDetailsPage,
                  contacts: ContactsPage, internet: InternetPage, history: HistoryPage,
                  licences: LicencesPage) -> None:
        title = card.title
        tabs = QTabWidget(self)
        # No mnemonics on the tabs: their letters would clash with the pages'
        # fields and the menus. Ctrl+1…4 choose a tab, Ctrl+PgUp/PgDn step.
        pages = ((my_details, self.tr("My details")), (contacts, self.tr("Manage contacts")),
                 (internet, self.tr("Internet")), (history, self.tr("History")),
                 (licences, self.tr("Licences && users")))
        for (page, text), spec in zip(pages, TAB_KEYS, strict=True):
            index = tabs.addTab(page, text)
            key = QKeySequence(spec.keys)
            tabs.setTabToolTip(index, self.tr("{tab} ({key})").format(
                tab=text, key=key.toString(QKeySequence.SequenceFormat.NativeText)))
            shortcut = QShortcut(key, self)
            shortcut.activated.connect(lambda index=index: self._show_tab(index))
        for spec, step in ((NEXT_TAB, 1), (PREVIOUS_TAB, -1)):
            QShortcut(QKeySequence(spec.keys), self).activated.connect(
                lambda step=step: self._show_tab(tabs.currentIndex() + step))

        who_gets_what = WhoGetsWhatPanel(self)
        panel_box = QGroupBox(self.tr("Who gets what (follows unsaved edits)"), self)
        QVBoxLayout(panel_box).addWidget(who_gets_what)
        # Collapsible (its checkbox), and remembered: agents who know the
        # routing give its height to the form.
        panel_box.setCheckable(True)
        panel_box.setToolTip(self.tr("Show or hide who gets which email and the invoice"))
        shown = True if self._settings is None else bool(
            self._settings.value(WHO_GETS_WHAT_SHOWN, True, type=bool))
        panel_box.setChecked(shown)
        who_gets_what.setVisible(shown)
        panel_box.toggled.connect(self._who_gets_what_toggled)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(tabs)
        split.addWidget(panel_box)
        # The panel explains My details and Manage contacts; the rights matrix
        # needs the height more than it.
        tabs.currentChanged.connect(
            lambda _i: panel_box.setVisible(
                tabs.currentWidget() not in (internet, history, licences)))
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([520, 230])

        account_page = QWidget(self)
        page_layout = QVBoxLayout(account_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(card)
        page_layout.addWidget(caller)
        page_layout.addWidget(split, 1)
        self.stack.addWidget(account_page)
        self._tabs = _Tabs(card, title, caller, my_details, contacts, internet, history,
                           licences, tabs,
                           who_gets_what, panel_box, split, account_page)

        for page in (my_details, contacts, internet):
            page.saved.connect(lambda details, saved_by=page: self._page_saved(saved_by, details))
            page.refreshed.connect(
                lambda details, shown_by=page: self._page_refreshed(shown_by, details))
        internet.login_check_requested.connect(self.login_check_requested)
        licences.changed.connect(history.refresh)
        my_details.draft_changed.connect(self.refresh_draft)
        network_changes().changed.connect(self.refresh_delivery)
        contacts.draft_changed.connect(self.refresh_draft)
        for page in (my_details, contacts, internet, licences):
            page.dirty_changed.connect(self.dirty_changed)

    def _built(self) -> _Tabs:
        self.build()
        assert self._tabs is not None
        return self._tabs

    @property
    def card(self) -> AccountCard:
        return self._built().card

    @property
    def title(self) -> ElidedLabel:
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
        ws = self._ws.acting(caller=caller)
        for page in (self.my_details, self.contacts, self.internet, self.history,
                     self.licences):
            page.use_workspace(ws)

    def _who_gets_what_toggled(self, shown: bool) -> None:
        self.who_gets_what.setVisible(shown)
        if not shown:
            # Give the height back to the tabs: the box keeps only its title.
            self.split.setSizes([self.split.height(), 0])
        if self._settings is not None:
            self._settings.setValue(WHO_GETS_WHAT_SHOWN, shown)

    def permissions_changed(self) -> None:
        """The operator's role changed: each page says anew what it may save."""
        if self._tabs is not None:
            for page in self.pages():
                page.permissions_changed()

    def _show_tab(self, index: int) -> None:
        """Bring tab ``index`` (wrapping) to the front, focus in its first field."""
        if self._tabs is None or self.account is None:
            return
        tabs = self.tabs
        tabs.setCurrentIndex(index % tabs.count())
        page = tabs.currentWidget()
        focused = QApplication.focusWidget()
        if page is not None and (focused is None or not page.isAncestorOf(focused)):
            self.focus_page()

    @property
    def licences(self) -> LicencesPage:
        return self._built().licences

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
        return (self.my_details.is_dirty() or self.contacts.is_dirty()
                or self.internet.is_dirty() or self.licences.is_dirty())

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
                on_saved=lambda: self.internet.save(
                    on_saved=lambda: self.licences.save(on_saved=proceed))))
        elif choice is Leave.DISCARD:
            self.my_details.revert()
            self.contacts.revert()
            self.internet.revert()
            self.licences.revert()
            proceed()

    def open_account(self, account_id: int, contact_id: int | None = None) -> None:
        """Open an account (after the unsaved-changes guard, see :meth:`request_leave`).

        With ``contact_id`` (the contact a search found, not the main one),
        that contact is shown on *Manage contacts*.
        """
        if self.account is not None and self.account.id == account_id and not self.is_dirty():
            self._show_opened(contact_id)
            self.focus_page()
            return
        self.request_leave(lambda: self._load(account_id, contact_id))

    def _show_opened(self, contact_id: int | None) -> None:
        shown = self.account
        if contact_id is not None and shown is not None and any(
            c.id == contact_id for c in shown.contacts
        ):
            self.tabs.setCurrentWidget(self.contacts)
            self.contacts.select_contact(contact_id)
        else:
            self.tabs.setCurrentWidget(self.my_details)

    def _load(self, account_id: int, contact_id: int | None = None) -> None:
        self._loading_id = account_id
        self._opening_contact = contact_id
        if self.account is None:
            self.stack.setCurrentWidget(self.loading)
        ws = self._ws
        self._runner.run(
            lambda: load_account(ws, account_id),
            lambda details: self._loaded(account_id, details),
            lambda exc: self._load_failed(account_id, exc),
        )

    def show_account(self, details: AccountDetails) -> None:
        self._loading_id = None
        shown = self.account
        if shown is None or shown.id != details.id:
            self.caller.clear()  # another account: another call
        self.my_details.show_stored(details)
        self.contacts.show_account(details)
        self.internet.show_stored(details)
        self._show_title(details)
        self.history.show_account(details.id)
        self.licences.show_account(details.id)
        self.stack.setCurrentWidget(self._built().account_page)
        self.refresh_delivery()
        self.opened.emit(details)

    def _show_title(self, details: AccountDetails) -> None:
        self._built().card.show_account(details)

    def close_account(self) -> None:
        """Show no account (after it was deleted); unsaved edits are dropped."""
        if self._tabs is not None:
            self.my_details.revert()
            self.contacts.revert()
            self.internet.revert()
            self.licences.revert()
            self.caller.clear()
        self._loading_id = None
        self.stack.setCurrentWidget(self.empty)
        self.opened.emit(None)

    def pages(self) -> tuple[MyDetailsPage, ContactsPage, InternetPage]:
        """The pages that edit the account."""
        return self.my_details, self.contacts, self.internet

    def current_page(self) -> MyDetailsPage | ContactsPage | InternetPage:
        current = self.tabs.currentWidget()
        return next((p for p in self.pages() if p is current), self.my_details)

    def save_current(self) -> None:
        """Save the page in front, or else the one page that has edits (Ctrl+S)."""
        if self._tabs is None:
            return
        if self.tabs.currentWidget() is self.licences or (
                self.licences.is_dirty() and not any(p.is_dirty() for p in self.pages())):
            self.licences.save()
            return
        page = self.current_page()
        if not page.is_dirty():
            page = next((p for p in self.pages() if p.is_dirty()), page)
        page.save()

    def revert_current(self) -> None:
        if self._tabs is not None:
            if self.tabs.currentWidget() is self.licences:
                self.licences.revert()
            else:
                self.current_page().revert()

    def reload_untouched(self) -> None:
        """Read the open account again, unless it has unsaved edits (e.g. the
        system-wide portal settings changed the rights in force it shows)."""
        shown = self.account
        if shown is None or self.is_dirty():
            return
        ws, account_id = self._ws, shown.id

        def loaded(details: AccountDetails) -> None:
            # Only if the same state is still on screen, untouched.
            if self.account is shown and not self.is_dirty():
                self.show_account(details)

        def failed(exc: BaseException) -> None:
            if self.account is shown:
                ErrorMessage.show(self, self.tr("Cannot open the account"),
                                  operator_message(exc, f"reloading account {account_id}"))

        self._runner.run(lambda: load_account(ws, account_id), loaded, failed)

    def delete_account(self, deleted: Callable[[str], None]) -> None:
        """Delete the open account once the operator confirms; ``deleted(name)`` after."""
        shown = self.account
        if shown is None:
            return
        if not DeleteAccountPrompt.ask(self, shown.name, shown.customer_number):
            return
        ws = self._ws

        def done(_none: object) -> None:
            self.close_account()
            deleted(shown.name)

        self._runner.run(lambda: delete_account(ws, shown.token), done, lambda exc: (
            ErrorMessage.show(self, self.tr("Not deleted"),
                              operator_message(exc, "deleting an account"))))

    def _loaded(self, account_id: int, details: AccountDetails) -> None:
        if self._loading_id != account_id:
            return  # another account was asked for meanwhile
        self.show_account(details)
        if self._opening_contact is not None:
            self._show_opened(self._opening_contact)
        self.focus_page()  # the operator opened it: where they will type next

    def focus_page(self) -> None:
        """Focus the first field of the tab in front (else the tabs themselves)."""
        if self._tabs is None or self.account is None:
            return
        page = self.tabs.currentWidget()
        target = (first_field(page) if page is not None else None) or self.tabs.tabBar()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_failed(self, account_id: int, exc: BaseException) -> None:
        if self._loading_id != account_id:
            return
        self._loading_id = None
        if self.account is None:
            self.stack.setCurrentWidget(self.empty)
        ErrorMessage.show(self, self.tr("Cannot open the account"),
                          operator_message(exc, f"opening account {account_id}"))

    def _page_saved(self, saved_by: QWidget, details: AccountDetails) -> None:
        """One page stored ``details``: the others show it under their unsaved edits.

        Each change moves versions the other pages hold (a contact's, the
        account's), so they take the new state as their base and keep what
        the operator typed on top, to be saved against the versions now stored.
        """
        self.history.refresh()
        self._show_title(details)
        for page in self.pages():
            if page is not saved_by:
                page.show_stored(details, keep_edits=True)
        self.refresh_delivery()
        self.saved.emit(details)

    def _page_refreshed(self, shown_by: QWidget, details: AccountDetails) -> None:
        """A page read someone else's change: the untouched pages show it too.

        A page with unsaved edits keeps them on the version it loaded; it says
        so when it is next shown, and its save meets the conflict path.
        """
        self.history.refresh()
        self._show_title(details)
        for page in self.pages():
            if page is not shown_by and not page.is_dirty():
                page.show_stored(details)
        self.saved.emit(details)  # the register's row shows the change too

    # --- what the unsaved state means (R5, R7) -----------------------------

    def draft(self) -> AccountDraft | None:
        """The open account as it would be if both pages' edits were saved."""
        account = self.my_details.account
        if account is None:
            return None
        return AccountDraft(
            account=account,
            main_contact=self.my_details.draft_main_contact(),
            invoice=self.my_details.invoice_settings(),
            peppol_id=self.my_details.snapshot().get("peppol_id", ""),
            edited=self.contacts.edited_contact(),
        )

    def refresh_draft(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        decision = None
        inputs = self._delivery_inputs
        if inputs is not None and inputs[0] == draft.account.id:
            from custadmin.services.einvoice import draft_delivery

            decision = draft_delivery(draft, inputs[1].recipients, inputs[1].network)
        self.my_details.einvoice.show_decision(decision)
        self.who_gets_what.show_settings(draft.mail_settings(), decision)
        self.my_details.show_addressee(draft.addressee())

    def refresh_delivery(self) -> None:
        """Read the network's view of the open account again (on a worker): after
        it was opened or saved, and whenever the network changed."""
        account = self.account
        if account is None:
            return
        from custadmin.services.einvoice import delivery_inputs

        ws, account_id = self._ws, account.id
        values = self.my_details.snapshot()
        org = "".join(ch for ch in values.get("org_number", "") if ch.isalnum())

        def read(inputs: DeliveryInputs) -> None:
            shown = self.account
            if shown is not None and shown.id == account_id:
                self._delivery_inputs = (account_id, inputs)
                self.refresh_draft()

        def failed(exc: BaseException) -> None:
            log.warning("cannot read the e-invoice state of account %s: %s", account_id, exc)

        self._runner.run(lambda: delivery_inputs(ws, account_id, org, values.get("country", ""),
                                                 values.get("peppol_id", "")), read, failed)


def first_field(page: QWidget) -> QWidget | None:
    """The first widget of ``page`` that Tab would reach (its focus chain order)."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None

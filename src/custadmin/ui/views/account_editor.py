"""The account editor: a header and the tabs *My details*, *Manage contacts*, *Internet*."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.errors import CustadminError
from custadmin.services.accounts import load_account
from custadmin.storage.database import Database
from custadmin.ui.dialogs.prompts import ErrorMessage, Leave, UnsavedChangesPrompt
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.views.my_details import MyDetailsPage

log = logging.getLogger(__name__)


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(mid); padding: 24px;")
    return label


class AccountEditor(QWidget):
    #: An account was saved (AccountDetails): the register refreshes its row.
    saved = Signal(object)
    #: The open account changed (AccountDetails, or None when closed).
    opened = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._loading_id: int | None = None

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.my_details = MyDetailsPage(db, runner, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.my_details, self.tr("&My details"))
        self.tabs.addTab(_note(self.tr(
            "Manage contacts will list this account's contacts. You will add contacts "
            "here, choose who receives which emails, and pick the invoice contact."), self),
            self.tr("Manage &contacts"))
        self.tabs.addTab(_note(self.tr(
            "Internet will show who may log in to the customer portal for this account, "
            "with their rights, and explain why a login does or does not work."), self),
            self.tr("&Internet"))

        account_page = QWidget(self)
        page_layout = QVBoxLayout(account_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.title)
        page_layout.addWidget(self.tabs, 1)

        self.empty = _note(self.tr(
            "No account is open.\n\nFind one in the register (Ctrl+F, then Enter) "
            "or create a new customer account (Ctrl+N)."), self)
        self.loading = _note(self.tr("Opening the account…"), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(account_page)
        self._account_page = account_page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.my_details.saved.connect(self._on_saved)

    @property
    def account(self) -> AccountDetails | None:
        return self.my_details.account

    def is_dirty(self) -> bool:
        return self.my_details.is_dirty()

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
            self.my_details.save(on_saved=proceed)
        elif choice is Leave.DISCARD:
            self.my_details.revert()
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
        self.my_details.show_account(details)
        self.title.setText(self.tr("{name} — customer {number}").format(
            name=details.name, number=details.customer_number))
        self.stack.setCurrentWidget(self._account_page)
        self.opened.emit(details)

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
        if not isinstance(exc, CustadminError):
            log.error("opening account %s failed", account_id, exc_info=exc)
        ErrorMessage.show(self, self.tr("Cannot open the account"),
                          str(getattr(exc, "message", None) or exc))

    def _on_saved(self, details: AccountDetails) -> None:
        self.title.setText(self.tr("{name} — customer {number}").format(
            name=details.name, number=details.customer_number))
        self.saved.emit(details)

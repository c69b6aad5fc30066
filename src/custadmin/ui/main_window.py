"""The main window: a frame hosting the register and the account editor.

It knows no feature's details; panels get their services passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from custadmin import __version__
from custadmin.domain.accounts import AccountDetails
from custadmin.domain.portal import PortalSettings
from custadmin.domain.register import RegisterQuery
from custadmin.services.accounts import load_account
from custadmin.storage.database import Database
from custadmin.ui.dialogs.prompts import ErrorMessage
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.views.account_editor import AccountEditor
from custadmin.ui.views.contacts_page import ContactsPage
from custadmin.ui.views.internet_page import InternetPage
from custadmin.ui.views.my_details import MyDetailsPage
from custadmin.ui.views.register_panel import RegisterPanel
from custadmin.ui.widgets.page import operator_message

if TYPE_CHECKING:
    from custadmin.services.importer import ImportResult
    from custadmin.ui.dialogs.export import RegisterExport
    from custadmin.ui.dialogs.import_dialog import ImportDialog
    from custadmin.ui.dialogs.login_check import LoginCheckDialog

# The dialogs are imported when first opened: none is needed to show the
# register, and start-up time goes to what is.


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        location: str,
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner or TaskRunner(self)
        self.settings = settings or QSettings()
        self._closing = False
        self._pending_select = 0
        self.setWindowTitle(self.tr("custadmin — {location}[*]").format(location=location))

        self.register = RegisterPanel(db, self.runner, self)
        self.editor = AccountEditor(db, self.runner, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.register)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Database: {location}").format(
            location=location), self))

        self._build_actions()
        self.register.open_requested.connect(self.editor.open_account)
        self.editor.saved.connect(self._account_saved)
        self.editor.dirty_changed.connect(lambda _d: self._update_actions())
        self.editor.login_check_requested.connect(self.open_login_check)
        self.editor.opened.connect(lambda _d: self._update_actions())
        self._restore_state()
        self._update_actions()

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New customer account…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_account)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import customers…"), self)
        self.import_action.triggered.connect(self.import_customers)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Export register…"), self)
        self.export_action.triggered.connect(lambda: self.export(None))
        file_menu.addAction(self.export_action)
        self.export_search_action = QAction(self.tr("Export &search result…"), self)
        self.export_search_action.triggered.connect(
            lambda: self.export(self.register.model.query))
        file_menu.addAction(self.export_search_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self._save_current)
        edit_menu.addAction(self.save_action)
        self.revert_action = QAction(self.tr("&Revert unsaved changes"), self)
        self.revert_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        # Esc reverts only while the editor has focus; elsewhere it keeps its
        # usual meaning (closing a popup, clearing a selection).
        self.revert_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.revert_action.triggered.connect(self._revert_current)
        self.editor.addAction(self.revert_action)
        edit_menu.addAction(self.revert_action)

        view_menu = menu.addMenu(self.tr("&View"))
        self.find_action = QAction(self.tr("&Find customer"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.register.focus_search)
        view_menu.addAction(self.find_action)

        tools_menu = menu.addMenu(self.tr("&Tools"))
        self.login_check_action = QAction(self.tr("&Login check…"), self)
        self.login_check_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.login_check_action.setStatusTip(self.tr(
            "What the customer portal answers for a user name and password"))
        self.login_check_action.triggered.connect(lambda: self.open_login_check())
        tools_menu.addAction(self.login_check_action)
        self.portal_settings_action = QAction(self.tr("System-wide &portal settings…"), self)
        self.portal_settings_action.setStatusTip(self.tr(
            "Which rights the customer portal offers, and which new portal users get"))
        self.portal_settings_action.triggered.connect(self.edit_portal_settings)
        tools_menu.addAction(self.portal_settings_action)

        help_menu = menu.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About custadmin"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _update_actions(self) -> None:
        dirty = self.editor.is_dirty()
        self.setWindowModified(dirty)
        self.save_action.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)

    def _pages(self) -> tuple[MyDetailsPage, ContactsPage, InternetPage]:
        return self.editor.my_details, self.editor.contacts, self.editor.internet

    def _current_page(self) -> MyDetailsPage | ContactsPage | InternetPage:
        current = self.editor.tabs.currentWidget()
        return next((p for p in self._pages() if p is current), self.editor.my_details)

    def _save_current(self) -> None:
        """Ctrl+S saves the page in front, or the one page that has edits."""
        page = self._current_page()
        if not page.is_dirty():
            page = next((p for p in self._pages() if p.is_dirty()), page)
        page.save()

    def _revert_current(self) -> None:
        self._current_page().revert()

    def start(self) -> None:
        self.register.start()
        self.register.focus_search()
        # The tabs are needed only once an account is opened: built after the
        # register's first rows are painted (or at once if an account is
        # opened before, see AccountEditor.build).
        self.register.first_rows_painted.connect(self.editor.build)

    def new_account(self) -> None:
        self.editor.request_leave(self._create)

    def _create(self) -> None:
        from custadmin.ui.dialogs.new_account import NewAccountDialog

        created = NewAccountDialog.ask(self, self.db, self.runner)
        if created is None:
            return
        self.editor.show_account(created)
        self.register.model.completed.connect(self._select_created)
        self._pending_select = created.id
        self.register.model.refresh()

    def _select_created(self) -> None:
        # Once every ID is known: the new account may sort anywhere.
        self.register.model.completed.disconnect(self._select_created)
        self.register.select_account(self._pending_select)

    def import_customers(self) -> ImportDialog:
        from custadmin.ui.dialogs.import_dialog import ImportDialog

        def imported(result: ImportResult) -> None:
            self.register.model.refresh()
            self.statusBar().showMessage(self.tr("Imported {n} accounts.").format(
                n=f"{result.accounts:,}"), 10_000)

        return ImportDialog.run(self, self.db, self.runner, imported)

    def export(self, query: RegisterQuery | None) -> RegisterExport | None:
        """Export the register (None) or the search result on screen."""
        from custadmin.ui.dialogs.export import export_dialog

        return export_dialog(self, self.db, self.runner, query)

    def _account_saved(self, details: AccountDetails) -> None:
        self.register.model.invalidate_account(details.id)

    # --- tools ----------------------------------------------------------------

    def open_login_check(self, username: str = "") -> LoginCheckDialog:
        """Show the login check (one per window), checking ``username`` if given."""
        from custadmin.ui.dialogs.login_check import LoginCheckDialog

        return LoginCheckDialog.open_for(self, self.db, self.runner, username)

    def edit_portal_settings(self) -> None:
        from custadmin.ui.dialogs.portal_settings import PortalSettingsDialog

        saved = PortalSettingsDialog.edit(self, self.db, self.runner)
        if saved is not None:
            self._portal_settings_saved(saved)

    def _portal_settings_saved(self, _settings: PortalSettings) -> None:
        """The open account shows rights in force: read it again, unless edits are open."""
        shown = self.editor.account
        if shown is None or self.editor.is_dirty():
            return
        db, account_id = self.db, shown.id

        def loaded(details: AccountDetails) -> None:
            # Only if the same state is still on screen, untouched.
            if self.editor.account is shown and not self.editor.is_dirty():
                self.editor.show_account(details)

        def failed(exc: BaseException) -> None:
            if self.editor.account is shown:
                ErrorMessage.show(self, self.tr("Cannot open the account"),
                                  operator_message(exc, f"reloading account {account_id}"))

        self.runner.run(lambda: load_account(db, account_id), loaded, failed)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About custadmin"), self.tr(
            "custadmin {version}\nAdministration of customer accounts.").format(
                version=__version__))

    # --- window state -------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 860)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([760, 740])
        self.register.restore_state(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or not self.editor.is_dirty():
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/splitter", self.splitter.saveState())
            self.register.save_state(self.settings)
            self.runner.wait(10_000)
            event.accept()
            return
        event.ignore()
        self.editor.request_leave(self._close_now)

    def _close_now(self) -> None:
        self._closing = True
        # Not from inside closeEvent: Qt ignores a close() nested in one.
        QTimer.singleShot(0, self.close)
